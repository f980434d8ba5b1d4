package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON splitter, which looks for line feeds a buffer and eight bytes at a time, cuts any input (blank lines,
 * white space, carriage returns, non-ASCII bytes, lines over the maximum, a byte order mark, inputs that arrive in
 * small pieces and lines across the splitter's buffer) into the records that a plain byte-by-byte reading gives.
 */
class NdjsonSplitterTest {
  private static final byte[] ALPHABET = {'{', '}', 'a', '"', '\n', '\r', ' ', '\t', (byte) 0xE5, (byte) 0x80};

  @Test
  void cutsWhatAByteByByteReadingCuts() {
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      int size = random.nextInt(10) == 0 ? 65_000 + random.nextInt(70_000) : random.nextInt(400);
      byte[] input = new byte[size];
      int lineFeeds = 1 + random.nextInt(ALPHABET.length * 4);
      for (int i = 0; i < size; i++) {
        input[i] = random.nextInt(lineFeeds) == 0 ? (byte) '\n' : ALPHABET[random.nextInt(ALPHABET.length)];
      }
      if (size >= 3 && random.nextInt(4) == 0) {
        input[0] = (byte) 0xEF;
        input[1] = (byte) 0xBB;
        input[2] = (byte) 0xBF;
      }
      long max = random.nextBoolean() ? 1 + random.nextInt(40) : 1L << 20;
      assertThat(split(new NdjsonSplitter(new Pieces(input, random.split()), max)))
          .as(Arrays.toString(Arrays.copyOf(input, Math.min(size, 200))))
          .isEqualTo(byteByByte(input, max));
    });
  }

  private static List<String> split(NdjsonSplitter splitter) {
    List<String> records = new ArrayList<>();
    RecordSlice slice = new RecordSlice();
    try {
      while (splitter.next(slice)) {
        records.add(describe(slice.line, slice.column, slice.tooLong,
            slice.tooLong >= 0 ? new byte[0] : Arrays.copyOf(slice.bytes, slice.length)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return records;
  }

  /** The splitting of NDJSON as a plain reading of one byte after another. */
  private static List<String> byteByByte(byte[] input, long max) {
    List<String> records = new ArrayList<>();
    int at = input.length >= 3 && (input[0] & 0xFF) == 0xEF && (input[1] & 0xFF) == 0xBB
        && (input[2] & 0xFF) == 0xBF ? 3 : 0;
    int line = 0;
    while (true) {
      line++;
      RecordSlice slice = new RecordSlice();
      boolean blank = true;
      int b = -1;
      while (at < input.length && (b = input[at++] & 0xFF) != '\n') {
        blank &= RecordSplitter.isWhitespace(b);
        slice.append((byte) b, max + 1);
      }
      boolean end = at >= input.length && b != '\n';
      if (slice.tooLong < 0 && slice.length > 0 && slice.bytes[slice.length - 1] == '\r') {
        slice.length--;
      }
      if (slice.tooLong < 0 && slice.length > max) {
        slice.tooLong = slice.length;
      }
      if (end && blank) {
        return records;
      }
      if (!blank) {
        records.add(describe(line, 1, slice.tooLong,
            slice.tooLong >= 0 ? new byte[0] : Arrays.copyOf(slice.bytes, slice.length)));
      }
      if (end) {
        return records;
      }
      b = -1;
    }
  }

  private static String describe(int line, int column, long tooLong, byte[] bytes) {
    return line + ":" + column + " " + tooLong + " " + Arrays.toString(bytes);
  }

  /** An input that gives its bytes in pieces of random length. */
  private static final class Pieces extends InputStream {
    private final ByteArrayInputStream in;
    private final SplittableRandom random;

    private Pieces(byte[] bytes, SplittableRandom random) {
      this.in = new ByteArrayInputStream(bytes);
      this.random = random;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, Math.min(length, 1 + random.nextInt(random.nextBoolean() ? 9 : 70_000)));
    }
  }
}

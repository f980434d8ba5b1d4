package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/**
 * Gzip streams of several members are read whole whatever the input's {@code available()} says, every member's
 * header options are understood, and damage or trailing bytes are errors, never a silently shorter content. The
 * JDK's {@code GZIPInputStream} drops the rest of a piped multi-member stream and ignores trailing bytes.
 */
class GzipMembersTest {
  private static final long SEED = 20261126L;

  @Test
  void membersAreReadWholeFromAStreamThatReportsNothingAvailable() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all(), integers().between(1, 5)).checkAssert((seed, k) -> {
      SplittableRandom random = new SplittableRandom(seed);
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      ByteArrayOutputStream compressed = new ByteArrayOutputStream();
      for (int member = 0; member < k; member++) {
        byte[] content = content(random, random.nextInt(0, 5000));
        expected.writeBytes(content);
        compressed.writeBytes(member(content, random.nextInt(0, 32), random));
      }
      try {
        assertThat(readAll(new Trickle(compressed.toByteArray(), random.split()), 1 + random.nextInt(0, 300)))
            .isEqualTo(expected.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void theJdkStreamWouldHaveLostTheSecondMember() throws IOException {
    // two gzip files one after the other, as a caller would join them: at the boundary nothing is available()
    try (InputStream jdk = new java.util.zip.GZIPInputStream(twoFiles())) {
      assertThat(new String(jdk.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("first\n");
    }
    assertThat(new String(readAll(twoFiles(), 64), StandardCharsets.UTF_8)).isEqualTo("first\nsecond\n");
  }

  private static InputStream twoFiles() {
    return new java.io.SequenceInputStream(new ByteArrayInputStream(gzip("first\n")),
        new ByteArrayInputStream(gzip("second\n")));
  }

  @Test
  void bytesAfterTheLastMemberAreAnError() {
    byte[] input = concat(gzip("{\"a\":1}\n"), "{\"b\":2}\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(input), 64)).isInstanceOf(ZipException.class)
        .hasMessageContaining("not another gzip member");
  }

  @Test
  void everyCutInsideAMemberIsAnError() {
    byte[] first = gzip("村规民约第一条\n".repeat(50));
    byte[] input = concat(first, gzip("第二部分\n".repeat(50)));
    for (int cut = 1; cut < input.length; cut++) {
      byte[] cutInput = Arrays.copyOf(input, cut);
      if (cut == first.length) {
        assertThat(new String(readAllUnchecked(cutInput), StandardCharsets.UTF_8)).isEqualTo("村规民约第一条\n".repeat(50));
        continue;
      }
      int at = cut;
      assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cutInput), 100)).as("cut at %d", at)
          .isInstanceOfAny(EOFException.class, ZipException.class);
    }
  }

  @Test
  void aChangedByteIsAnError() {
    byte[] input = gzip("社区志愿服务记录\n".repeat(40));
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 200; i++) {
      byte[] damaged = input.clone();
      int at = 10 + random.nextInt(damaged.length - 10); // after the header's free-form bytes
      damaged[at] ^= (byte) (1 + random.nextInt(255));
      assertThatThrownBy(() -> readAll(new ByteArrayInputStream(damaged), 100)).as("byte %d", at)
          .isInstanceOfAny(EOFException.class, ZipException.class);
    }
  }

  @Test
  void aStreamThatIsNotGzipIsRejectedAtOnce() {
    assertThatThrownBy(() -> new GzipMembers(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), 16))
        .isInstanceOf(ZipException.class);
    assertThatThrownBy(() -> new GzipMembers(new ByteArrayInputStream(new byte[0]), 16))
        .isInstanceOf(EOFException.class);
  }

  private static byte[] readAll(InputStream compressed, int chunk) throws IOException {
    try (GzipMembers in = new GzipMembers(compressed, 97)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[chunk];
      for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  private static byte[] readAllUnchecked(byte[] compressed) {
    try {
      return readAll(new ByteArrayInputStream(compressed), 100);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] content(SplittableRandom random, int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (random.nextBoolean() ? 'a' + random.nextInt(4) : random.nextInt(256));
    }
    return bytes;
  }

  /** A gzip member with the header options of {@code flags} (FHCRC 2, FEXTRA 4, FNAME 8, FCOMMENT 16). */
  private static byte[] member(byte[] content, int flags, SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, (byte) (flags & 0x1e), 1, 2, 3, 4, 0, 3});
    if ((flags & 4) != 0) {
      int length = random.nextInt(0, 20);
      header.write(length);
      header.write(0);
      header.writeBytes(content(random, length));
    }
    if ((flags & 8) != 0) {
      header.writeBytes("村规民约.ndjson".getBytes(StandardCharsets.UTF_8));
      header.write(0);
    }
    if ((flags & 16) != 0) {
      header.writeBytes("comment".getBytes(StandardCharsets.US_ASCII));
      header.write(0);
    }
    out.writeBytes(header.toByteArray());
    if ((flags & 2) != 0) {
      CRC32 crc = new CRC32();
      crc.update(header.toByteArray());
      out.write((int) crc.getValue() & 0xff);
      out.write((int) (crc.getValue() >> 8) & 0xff);
    }
    Deflater deflater = new Deflater(random.nextInt(0, 10), true);
    deflater.setInput(content);
    deflater.finish();
    byte[] buffer = new byte[1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(content);
    for (long value : new long[] {crc.getValue(), content.length}) {
      for (int i = 0; i < 4; i++) {
        out.write((int) (value >> (8 * i)) & 0xff);
      }
    }
    return out.toByteArray();
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** Like a pipe: a few bytes at a time, and never anything {@code available()}. */
  private static final class Trickle extends InputStream {
    private final byte[] bytes;
    private final SplittableRandom random;
    private int at;

    Trickle(byte[] bytes, SplittableRandom random) {
      this.bytes = bytes;
      this.random = random;
    }

    @Override
    public int read() {
      return at < bytes.length ? bytes[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at >= bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(0, 50)), bytes.length - at);
      System.arraycopy(bytes, at, b, off, n);
      at += n;
      return n;
    }

    @Override
    public int available() {
      return 0;
    }
  }
}

package io.github.jiceng.governance.json.stream;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipException;

/**
 * The decompressed content of a gzip stream of one or more members (RFC 1952), read exactly: every member is
 * decompressed and its CRC-32 and length are checked, and whatever follows the last member that is not another
 * member is an error.
 *
 * <p>{@link java.util.zip.GZIPInputStream} is not used because it loses data silently in two cases: it reads the
 * next member only when the underlying stream says bytes are {@code available()} (a pipe or a sequence of streams
 * often says 0 at a member boundary, and the rest of the input is dropped), and it ignores anything after a member
 * that is not a gzip header (plain lines appended to a {@code .gz} file vanish). Here both are impossible: the end
 * of the input is found by reading, and trailing bytes throw a {@link ZipException} that the caller turns into a
 * finding.
 */
final class GzipMembers extends InputStream {
  /** The first byte of a gzip member. */
  static final int MAGIC_1 = 0x1f;
  /** The second byte of a gzip member. */
  static final int MAGIC_2 = 0x8b;
  private static final int DEFLATE = 8;
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;

  private final InputStream in;
  private final byte[] buffer;
  /** Compressed bytes read from {@link #in} but not yet given to the inflater or the header reader. */
  private int start;
  private int end;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long memberBytes;
  private boolean inMember;
  private boolean finished;

  /**
   * Reads the gzip stream of an input; the first member's header is read at once.
   *
   * @param in the compressed input, read to its end, not closed here (see {@link #close()})
   * @param bufferSize the size of the compressed-input buffer
   * @throws ZipException if the input does not start with a gzip header
   * @throws EOFException if the input ends inside the first header
   * @throws IOException if the input fails
   */
  GzipMembers(InputStream in, int bufferSize) throws IOException {
    this.in = in;
    this.buffer = new byte[bufferSize];
    readHeader();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!finished) {
      if (!inMember) {
        if (!startNextMember()) {
          finished = true;
          break;
        }
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new ZipException("damaged deflate data: " + e.getMessage());
      }
      if (n > 0) {
        crc.update(b, off, n);
        memberBytes += n;
        return n;
      }
      if (inflater.finished()) {
        start = end - inflater.getRemaining();
        readTrailer();
        inMember = false;
      } else if (inflater.needsInput()) {
        if (!fill()) {
          throw new EOFException("the gzip stream ends inside a member");
        }
        inflater.setInput(buffer, start, end - start);
        start = end;
      } else if (inflater.needsDictionary()) {
        throw new ZipException("a gzip member needs a preset dictionary");
      } else {
        throw new ZipException("the deflate data do not progress");
      }
    }
    return -1;
  }

  /** After a member: the input ends (false), or another member starts (true); anything else is an error. */
  private boolean startNextMember() throws IOException {
    if (start == end && !fill()) {
      return false;
    }
    readHeader();
    return true;
  }

  private void readHeader() throws IOException {
    int first = next("a gzip header");
    int second = next("a gzip header");
    if (first != MAGIC_1 || second != MAGIC_2) {
      throw new ZipException("data after the end of the gzip stream that is not another gzip member (bytes "
          + String.format("%02x %02x", first, second) + ")");
    }
    if (next("a gzip header") != DEFLATE) {
      throw new ZipException("unsupported gzip compression method");
    }
    int flags = next("a gzip header");
    for (int i = 0; i < 6; i++) { // modification time, extra flags, operating system
      next("a gzip header");
    }
    if ((flags & FEXTRA) != 0) {
      int length = next("a gzip header") | next("a gzip header") << 8;
      for (int i = 0; i < length; i++) {
        next("a gzip header");
      }
    }
    if ((flags & FNAME) != 0) {
      while (next("a gzip header") != 0) {
        // the original file name, not used
      }
    }
    if ((flags & FCOMMENT) != 0) {
      while (next("a gzip header") != 0) {
        // a comment, not used
      }
    }
    if ((flags & FHCRC) != 0) {
      next("a gzip header");
      next("a gzip header");
    }
    inflater.reset();
    crc.reset();
    memberBytes = 0;
    inMember = true;
    if (start < end) {
      inflater.setInput(buffer, start, end - start);
      start = end;
    }
  }

  private void readTrailer() throws IOException {
    long expectedCrc = 0;
    for (int i = 0; i < 4; i++) {
      expectedCrc |= (long) next("a gzip trailer") << (8 * i);
    }
    long expectedLength = 0;
    for (int i = 0; i < 4; i++) {
      expectedLength |= (long) next("a gzip trailer") << (8 * i);
    }
    if (expectedCrc != crc.getValue()) {
      throw new ZipException("gzip member CRC-32 mismatch: the data are damaged");
    }
    if (expectedLength != (memberBytes & 0xFFFF_FFFFL)) {
      throw new ZipException("gzip member length mismatch: the data are damaged");
    }
  }

  /** Returns the next compressed byte, reading more input when the buffer is empty. */
  private int next(String where) throws IOException {
    if (start == end && !fill()) {
      throw new EOFException("the gzip stream ends inside " + where);
    }
    return buffer[start++] & 0xFF;
  }

  /** Reads more compressed input into the empty buffer; false at the end of the input. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      start = 0;
      end = 0;
      return false;
    }
    start = 0;
    end = n;
    return true;
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    in.close();
  }
}

package io.github.jiceng.governance.json.stream;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an input into the bytes of its records without parsing them, holding at most one record (up to the maximum
 * record length) and a read buffer: the memory does not grow with the input.
 */
abstract class RecordSplitter {
  private static final int BUFFER = 1 << 16;
  /** Reads eight bytes at once, little-endian, so that the lowest byte is the first. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean started;
  /** The maximum record length in bytes. */
  final long maxRecordBytes;
  /** The problems of the input found so far that belong to no record. */
  final List<InputProblem> problems = new ArrayList<>();

  /**
   * Creates a splitter.
   *
   * @param in the decompressed input
   * @param maxRecordBytes the maximum record length in bytes
   */
  RecordSplitter(InputStream in, long maxRecordBytes) {
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
  }

  /**
   * Finds the next record.
   *
   * @param slice the slice to fill
   * @return false at the end of the input
   * @throws IOException if the input fails
   */
  abstract boolean next(RecordSlice slice) throws IOException;

  /**
   * Returns the next byte of the input, skipping a UTF-8 byte order mark at its start.
   *
   * @return the byte (0-255), or -1 at the end
   * @throws IOException if the input fails
   */
  final int read() throws IOException {
    if (position == limit) {
      if (!fill()) {
        return -1;
      }
    }
    return buffer[position++] & 0xFF;
  }

  /** A flag of {@link #appendLine}: the line ended at a line feed, not at the end of the input. */
  static final int LINE_FEED = 1;
  /** A flag of {@link #appendLine}: the line has a byte that is not white space. */
  static final int NOT_BLANK = 2;

  /**
   * Appends the bytes up to the next line feed (consumed, not appended) or the end of the input to a slice, a buffer
   * at a time, as {@link #read()} and {@link RecordSlice#append(byte, long)} would byte by byte.
   *
   * @param slice the slice
   * @param max the maximum length of the slice
   * @return the flags {@link #LINE_FEED} and {@link #NOT_BLANK}
   * @throws IOException if the input fails
   */
  final int appendLine(RecordSlice slice, long max) throws IOException {
    int flags = 0;
    while (position < limit || fill()) {
      int start = position;
      int i = start;
      boolean notBlank = (flags & NOT_BLANK) != 0;
      while (i < limit && !notBlank && buffer[i] != '\n') {
        notBlank = !isWhitespace(buffer[i]);
        i++;
      }
      i = lineFeed(i);
      if (notBlank) {
        flags |= NOT_BLANK;
      }
      slice.append(buffer, start, i - start, max);
      if (i < limit) {
        position = i + 1;
        return flags | LINE_FEED;
      }
      position = limit;
    }
    return flags;
  }

  /**
   * Finds the next line feed in the buffer, eight bytes at a time.
   *
   * @param from the index to start at
   * @return the index of the line feed, or {@code limit} if the buffer has none from there
   */
  private int lineFeed(int from) {
    int i = from;
    for (; limit - i >= Long.BYTES; i += Long.BYTES) {
      long x = (long) LONGS.get(buffer, i) ^ 0x0A0A0A0A0A0A0A0AL; // a line feed becomes a zero byte
      long zero = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // exact for the lowest zero byte
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    while (i < limit && buffer[i] != '\n') {
      i++;
    }
    return i;
  }

  /**
   * Returns the next byte without consuming it.
   *
   * @return the byte, or -1 at the end
   * @throws IOException if the input fails
   */
  final int peek() throws IOException {
    if (position == limit && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    int n;
    do {
      n = in.read(buffer, 0, buffer.length);
    } while (n == 0);
    if (n < 0) {
      return false;
    }
    position = 0;
    limit = n;
    if (!started) {
      started = true;
      skipByteOrderMark();
    }
    return true;
  }

  private void skipByteOrderMark() throws IOException {
    // The first read of a stream may return fewer than 3 bytes; read until 3 are there or the input ends.
    while (limit < 3) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        break;
      }
      limit += n;
    }
    if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
      position = 3;
    }
  }

  /**
   * Returns how many columns (UTF-16 characters) a byte adds: 0 for a UTF-8 continuation byte, 2 for the lead byte
   * of a four-byte sequence (a surrogate pair), 1 otherwise.
   *
   * @param b the byte
   * @return the columns
   */
  static int columns(int b) {
    if (b < 0x80) {
      return 1;
    }
    if (b < 0xC0) {
      return 0;
    }
    return b >= 0xF0 ? 2 : 1;
  }

  /**
   * Tells whether a byte is JSON white space.
   *
   * @param b the byte
   * @return true for space, tab, line feed and carriage return
   */
  static boolean isWhitespace(int b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }
}

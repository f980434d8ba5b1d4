package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the inputs of a {@link RecordReader} into text, so that line and column count characters whatever the input:
 * bytes are decoded as strict UTF-8 (RFC 8259 requires it), a reader is read to its end, and a leading byte order mark
 * is dropped (RFC 8259 allows a parser to ignore it).
 */
final class Utf8Input {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  /** Reads eight bytes at once, to skip ASCII quickly. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8Input() {
  }

  /** Decoded text, or where the bytes stop being UTF-8. */
  static final class Decoded {
    private final String text;
    private final int offset;
    private final Location location;

    private Decoded(String text, int offset, Location location) {
      this.text = text;
      this.offset = offset;
      this.location = location;
    }

    /**
     * Returns the text.
     *
     * @return the text, or null if the bytes are not UTF-8
     */
    String text() {
      return text;
    }

    /**
     * Returns the 0-based offset of the first byte that is not UTF-8.
     *
     * @return the offset, or -1 for valid input
     */
    int offset() {
      return offset;
    }

    /**
     * Returns the line and column, in characters, where the valid text ends.
     *
     * @return the location, or null for valid input
     */
    Location location() {
      return location;
    }
  }

  /**
   * Decodes UTF-8 bytes strictly.
   *
   * @param bytes the bytes
   * @return the text, or the offset and location of the first malformed byte
   */
  static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  /**
   * Decodes a range of UTF-8 bytes strictly. Valid input, the common case, is decoded by the fast
   * {@code String} constructor; only text with a replacement character is checked again strictly.
   *
   * @param bytes the bytes
   * @param from the first index
   * @param to the index after the last
   * @return the text, or the offset (from {@code from}) and location of the first malformed byte
   */
  static Decoded decode(byte[] bytes, int from, int to) {
    String fast = new String(bytes, from, to - from, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(withoutByteOrderMark(fast), -1, null);
    }
    return strict(bytes, from, to);
  }

  /**
   * Tells whether a range of bytes is well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
   * above U+10FFFF, no cut sequences), without a leading byte order mark: exactly the ranges that {@link #decode}
   * turns into text as they are. Allocates nothing.
   *
   * @param bytes the bytes
   * @param from the first index
   * @param to the index after the last
   * @return true if the range is well-formed and does not start with a byte order mark
   */
  static boolean isPlainUtf8(byte[] bytes, int from, int to) {
    if (to - from >= 3 && bytes[from] == (byte) 0xEF && bytes[from + 1] == (byte) 0xBB
        && bytes[from + 2] == (byte) 0xBF) {
      return false;
    }
    int i = from;
    while (i < to) {
      if (to - i >= Long.BYTES && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += Long.BYTES; // eight ASCII bytes
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (to - i < length) {
        return false;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  private static Decoded strict(byte[] bytes, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      return new Decoded(null, in.position() - from, positionAfter(out));
    }
    out.flip();
    return new Decoded(withoutByteOrderMark(out.toString()), -1, null);
  }

  private static Location positionAfter(CharSequence text) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else if (i != 0 || text.charAt(i) != BYTE_ORDER_MARK) {
        column++;
      }
    }
    return Location.root().withPosition(line, column);
  }

  /**
   * Reads a reader to its end, without closing it.
   *
   * @param reader the reader
   * @return the text
   * @throws UncheckedIOException if the reader fails
   */
  static String readFully(Reader reader) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON document", e);
    }
    return text.toString();
  }

  /**
   * Drops a leading byte order mark.
   *
   * @param text the text
   * @return the text without it
   */
  static String withoutByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }
}

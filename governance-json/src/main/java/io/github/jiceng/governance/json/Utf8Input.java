package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
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

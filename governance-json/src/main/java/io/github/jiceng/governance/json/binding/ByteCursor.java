package io.github.jiceng.governance.json.binding;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A position in the UTF-8 bytes of one record, with the few token reads that {@link DirectBinding} needs. It accepts
 * only the plainest JSON (strings without control characters, integers without fraction or exponent) and
 * says so by returning null or a negative number: the caller then gives up and lets Jackson read the record. Bytes
 * that are not well-formed UTF-8 are given up on too: outside strings only ASCII is accepted, and a string's bytes are
 * checked as they are decoded. Not thread-safe; one per record.
 */
final class ByteCursor {
  private static final char REPLACEMENT = '\uFFFD';
  private final byte[] bytes;
  private final int to;
  private final int maxStringLength;
  private final int maxNumberLength;
  private int at;

  /**
   * Creates a cursor.
   *
   * @param bytes the bytes
   * @param from the first byte of the record
   * @param to the index after its last byte
   * @param maxStringLength the longest string (and property name) the parser's limits allow, in bytes
   * @param maxNumberLength the most digits of a number the parser's limits allow (the sign does not count)
   */
  ByteCursor(byte[] bytes, int from, int to, int maxStringLength, int maxNumberLength) {
    this.bytes = bytes;
    this.at = from;
    this.to = to;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
  }

  /**
   * Skips JSON whitespace and returns the next byte without consuming it.
   *
   * @return the byte as 0-255, or -1 at the end
   */
  int peek() {
    while (at < to) {
      byte b = bytes[at];
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b & 0xFF;
      }
      at++;
    }
    return -1;
  }

  /**
   * Skips whitespace and consumes one byte if it is the expected one.
   *
   * @param expected the byte
   * @return true if it was consumed
   */
  boolean consume(char expected) {
    if (peek() == expected) {
      at++;
      return true;
    }
    return false;
  }

  /**
   * Tells whether only whitespace is left.
   *
   * @return true at the end
   */
  boolean atEnd() {
    return peek() < 0;
  }

  /**
   * Reads a string whose opening quote is next (after whitespace), decoding its escapes as JSON defines them.
   *
   * @return the text, or null if there is no string next, or it has a control character or a malformed escape, or it
   *     is longer than the limit
   */
  String string() {
    if (peek() != '"') {
      return null;
    }
    int start = at + 1;
    int limit = to - start > maxStringLength ? start + maxStringLength + 1 : to;
    boolean ascii = true;
    for (int i = start; i < limit; i++) {
      byte b = bytes[i];
      if (b == '"') {
        at = i + 1;
        return checked(new String(bytes, start, i - start, StandardCharsets.UTF_8), ascii);
      }
      if (b == '\\') {
        return escaped(start, i, limit);
      }
      if (b >= 0 && b < 0x20) {
        return null;
      }
      ascii &= b >= 0;
    }
    return null;
  }

  /**
   * Returns decoded text, or null if its bytes were not well-formed UTF-8: the decoder replaces every malformed
   * sequence by U+FFFD, so a text without it was well-formed (a text with a real U+FFFD is given up too).
   */
  private static String checked(String text, boolean ascii) {
    return ascii || text.indexOf(REPLACEMENT) < 0 ? text : null;
  }

  /**
   * Returns text decoded from bytes, or null if they were not well-formed UTF-8 (see {@link #string()}).
   *
   * @param text the decoded text
   * @return the text, or null
   */
  static String checked(String text) {
    return checked(text, false);
  }

  /** Reads the rest of a string that has an escape at {@code escape}. */
  private String escaped(int start, int escape, int limit) {
    StringBuilder text = new StringBuilder(escape - start + 16);
    text.append(new String(bytes, start, escape - start, StandardCharsets.UTF_8));
    int i = escape;
    int plain = -1;
    while (i < limit) {
      byte b = bytes[i];
      if (b == '"' || b == '\\') {
        if (plain >= 0) {
          text.append(new String(bytes, plain, i - plain, StandardCharsets.UTF_8));
          plain = -1;
        }
        if (b == '"') {
          at = i + 1;
          return text.length() > maxStringLength ? null : checked(text.toString(), false);
        }
        i = unescape(i + 1, limit, text);
        if (i < 0) {
          return null;
        }
      } else if (b >= 0 && b < 0x20) {
        return null;
      } else {
        if (plain < 0) {
          plain = i;
        }
        i++;
      }
    }
    return null;
  }

  /** Appends the character of the escape whose letter is at {@code i}; returns the index after it, or -1. */
  private int unescape(int i, int limit, StringBuilder text) {
    if (i >= limit) {
      return -1;
    }
    switch (bytes[i]) {
      case '"': text.append('"'); return i + 1;
      case '\\': text.append('\\'); return i + 1;
      case '/': text.append('/'); return i + 1;
      case 'b': text.append('\b'); return i + 1;
      case 'f': text.append('\f'); return i + 1;
      case 'n': text.append('\n'); return i + 1;
      case 'r': text.append('\r'); return i + 1;
      case 't': text.append('\t'); return i + 1;
      case 'u':
        if (i + 4 >= limit) {
          return -1;
        }
        int code = 0;
        for (int k = 1; k <= 4; k++) {
          int digit = Character.digit(bytes[i + k], 16);
          if (digit < 0 || bytes[i + k] < 0) {
            return -1;
          }
          code = code * 16 + digit;
        }
        text.append((char) code);
        return i + 5;
      default:
        return -1;
    }
  }

  /**
   * Reads a string whose opening quote is next if it is written without escapes and control characters and is no
   * longer than the limit, without decoding it.
   *
   * @return the index of its first byte in the high half and the index of its closing quote in the low half, or -1;
   *     the cursor moves only if it is such a string
   */
  long plainString() {
    if (peek() != '"') {
      return -1;
    }
    int start = at + 1;
    int limit = to - start > maxStringLength ? start + maxStringLength + 1 : to;
    for (int i = start; i < limit; i++) {
      byte b = bytes[i];
      if (b == '"') {
        at = i + 1;
        return ((long) start << 32) | i;
      }
      if (b == '\\' || (b >= 0 && b < 0x20)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Tells whether the bytes of a string that {@link #plainString()} read are some text.
   *
   * @param range what {@link #plainString()} returned, not -1
   * @param expected the text's UTF-8 bytes
   * @return true if they are the same bytes
   */
  boolean rangeEquals(long range, byte[] expected) {
    return Arrays.equals(bytes, (int) (range >>> 32), (int) range, expected, 0, expected.length);
  }

  /**
   * Reads a string whose opening quote is next if it is exactly some text written without escapes, no longer than the
   * limit.
   *
   * @param expected the text's UTF-8 bytes
   * @return true if the string was that text; the cursor moves only then
   */
  boolean string(byte[] expected) {
    int before = at;
    long range = plainString();
    if (range >= 0 && rangeEquals(range, expected)) {
      return true;
    }
    at = before;
    return false;
  }

  /**
   * Reads a property name and the colon after it, and tells whether it equals an ASCII name no longer than the limit.
   *
   * @param name the expected name's bytes
   * @return true if the name is next; the cursor moves only then
   */
  boolean name(byte[] name) {
    if (name.length > maxStringLength || peek() != '"') {
      return false; // a name over the limit is left to anyName(), which gives up on it
    }
    int start = at + 1;
    int end = start + name.length;
    if (end >= to || bytes[at] != '"' || bytes[end] != '"') {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (bytes[start + i] != name[i]) {
        return false;
      }
    }
    int before = at;
    at = end + 1;
    if (consume(':')) {
      return true;
    }
    at = before;
    return false;
  }

  /**
   * Reads a property name and the colon after it, when {@link #name(byte[])} did not match the expected one.
   *
   * @return the name, or null if none is next or it is not plain
   */
  String anyName() {
    String name = string();
    return name != null && consume(':') ? name : null;
  }

  /**
   * Reads an integer of at most {@code maxDigits} digits (and no more than the parser's limit on the length of a
   * number), with an optional minus sign, no leading zero and nothing of a fraction or an exponent, ended by
   * whitespace, a comma, a closing brace or bracket.
   *
   * @param maxDigits at most 18
   * @return the value, or {@link Long#MIN_VALUE} if there is no such integer next
   */
  long integer(int maxDigits) {
    if (peek() < 0) {
      return Long.MIN_VALUE;
    }
    int i = at;
    boolean negative = bytes[i] == '-';
    if (negative) {
      i++;
    }
    int first = i;
    long value = 0;
    while (i < to && bytes[i] >= '0' && bytes[i] <= '9') {
      value = value * 10 + (bytes[i] - '0');
      i++;
    }
    int digits = i - first;
    if (digits == 0 || digits > maxDigits || digits > maxNumberLength || (digits > 1 && bytes[first] == '0')
        || !endsValue(i)) {
      return Long.MIN_VALUE;
    }
    at = i;
    return negative ? -value : value;
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value, or null if neither is next
   */
  Boolean bool() {
    int next = peek();
    if (next == 't' && literal("true")) {
      return Boolean.TRUE;
    }
    if (next == 'f' && literal("false")) {
      return Boolean.FALSE;
    }
    return null;
  }

  private boolean literal(String word) {
    int end = at + word.length();
    if (end > to) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (bytes[at + i] != word.charAt(i)) {
        return false;
      }
    }
    if (!endsValue(end)) {
      return false;
    }
    at = end;
    return true;
  }

  /** A scalar ends at the end, at whitespace or at a structural byte that may follow a value. */
  private boolean endsValue(int i) {
    if (i >= to) {
      return true;
    }
    byte b = bytes[i];
    return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  /** Returns for example {@code ByteCursor[at 12 of 300]}. */
  @Override
  public String toString() {
    return "ByteCursor[at " + at + " of " + to + "]";
  }
}

package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.JsonPointer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Finds where a JSON Pointer's value starts in the bytes of a well-formed record on one line, without a parser and
 * without allocating: a walk over the bytes that skips the values it does not need. It answers as
 * {@link PointerPositions#locate(String, JsonPointer)} does (the value's first character, or that of its nearest
 * ancestor that exists) and gives up, for the parser to answer, on anything it does not handle plainly: a line break,
 * a property name with an escape, bytes that are not the JSON it expects.
 */
final class PointerScan {
  /** Reads eight bytes at once, to find the end of a string quickly. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  /** The low bit of each byte of a long. */
  private static final long ONES = 0x0101010101010101L;
  /** The high bit of each byte of a long. */
  private static final long HIGH_BITS = 0x8080808080808080L;
  /** A quote in each byte. */
  private static final long QUOTES = ONES * '"';
  /** A backslash in each byte. */
  private static final long BACKSLASHES = ONES * '\\';
  /** The answer when the scan gives up. */
  static final int GIVE_UP = -1;
  /** Marks a child that is not there (distinct from giving up). */
  private static final int ABSENT = -2;

  private final byte[] bytes;
  private final int to;
  private int at;

  private PointerScan(byte[] bytes, int from, int to) {
    this.bytes = bytes;
    this.to = to;
    this.at = from;
  }

  /**
   * Finds the byte offset of a pointer's value, or of its nearest ancestor that exists.
   *
   * @param bytes the bytes, well-formed UTF-8
   * @param from the record's first byte
   * @param to the index after its last byte
   * @param pointer the pointer
   * @return the offset from {@code from}, or {@link #GIVE_UP}
   */
  static int offset(byte[] bytes, int from, int to, JsonPointer pointer) {
    List<String> path = pointer.tokens();
    if (path.size() == 1) {
      int found = topLevel(bytes, from, to, path.get(0));
      if (found != GIVE_UP) {
        return found;
      }
    }
    PointerScan scan = new PointerScan(bytes, from, to);
    if (!scan.whitespace() || scan.at >= to) {
      return GIVE_UP;
    }
    int found = scan.at;
    List<String> tokens = pointer.tokens();
    for (int t = 0; t < tokens.size(); t++) {
      int child = scan.child(tokens.get(t));
      if (child == GIVE_UP) {
        return GIVE_UP;
      }
      if (child < 0) {
        break; // not there: the ancestor's position
      }
      found = child;
    }
    return found - from;
  }

  /**
   * The common case in one loop: a top-level property of an ASCII name, in a record whose members before it are
   * strings, numbers and literals. Anything else (a container before it, a name with an escape, a line break) is
   * left to the general walk.
   *
   * @return the offset of the property's value from {@code from}, of the record if it has no such property, or
   *     {@link #GIVE_UP}
   */
  private static int topLevel(byte[] bytes, int from, int to, String name) {
    int length = name.length();
    for (int c = 0; c < length; c++) {
      if (name.charAt(c) >= 0x80) {
        return GIVE_UP;
      }
    }
    int i = blank(bytes, from, to);
    if (i >= to || bytes[i] != '{') {
      return GIVE_UP;
    }
    int record = i;
    i = blank(bytes, i + 1, to);
    if (i < to && bytes[i] == '}') {
      return record - from;
    }
    while (i < to && bytes[i] == '"') {
      int start = i + 1;
      int end = quoteOrBackslash(bytes, start, to);
      if (end < 0 || bytes[end] != '"') {
        return GIVE_UP;
      }
      boolean match = end - start == length && equal(bytes, start, name);
      i = blank(bytes, end + 1, to);
      if (i >= to || bytes[i] != ':') {
        return GIVE_UP;
      }
      i = blank(bytes, i + 1, to);
      if (i >= to) {
        return GIVE_UP;
      }
      if (match) {
        return i - from;
      }
      byte first = bytes[i];
      if (first == '"') {
        i = stringEnd(bytes, i + 1, to);
      } else if (first == '{' || first == '[') {
        return GIVE_UP;
      } else {
        int literal = i;
        while (i < to && isLiteral(bytes[i])) {
          i++;
        }
        if (i == literal) {
          return GIVE_UP;
        }
      }
      i = blank(bytes, i, to);
      if (i >= to) {
        return GIVE_UP;
      }
      if (bytes[i] == '}') {
        return record - from; // not there: the record's position
      }
      if (bytes[i] != ',') {
        return GIVE_UP;
      }
      i = blank(bytes, i + 1, to);
    }
    return GIVE_UP;
  }

  /** Skips spaces and tabs; returns {@code to} at a line break, where no answer is found. */
  private static int blank(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t') {
        return b == '\n' || b == '\r' ? to : i;
      }
      i++;
    }
    return i;
  }

  /** A byte of a number or a literal: not a structural byte, whitespace or a quote. */
  private static boolean isLiteral(byte b) {
    return b != ',' && b != '}' && b != ']' && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '"'
        && b != '{' && b != '[';
  }

  /** Returns the index after a string's closing quote, from its first character, or {@code to} if unterminated. */
  private static int stringEnd(byte[] bytes, int from, int to) {
    int i = from;
    while (true) {
      i = quoteOrBackslash(bytes, i, to);
      if (i < 0) {
        return to;
      }
      if (bytes[i] == '"') {
        return i + 1;
      }
      i += 2; // an escape: the byte after the backslash does not end the string
    }
  }

  /**
   * Finds the first quote or backslash from an index, eight bytes at a time.
   *
   * @return its index, or -1 if there is none before the end
   */
  private static int quoteOrBackslash(byte[] bytes, int from, int to) {
    int i = from;
    for (; to - i >= Long.BYTES; i += Long.BYTES) {
      long v = (long) LONGS.get(bytes, i);
      long quotes = v ^ QUOTES;
      long backslashes = v ^ BACKSLASHES;
      // a zero byte in either marks a match; the lowest marked byte is exact (a borrow only marks higher ones)
      long found = ((quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes) & HIGH_BITS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      byte b = bytes[i];
      if (b == '"' || b == '\\') {
        return i;
      }
    }
    return -1;
  }

  private static boolean equal(byte[] bytes, int start, String name) {
    for (int c = 0; c < name.length(); c++) {
      if (bytes[start + c] != name.charAt(c)) {
        return false;
      }
    }
    return true;
  }

  /** At a value: finds the child's value and stops at it, or gives {@link #ABSENT} or {@link #GIVE_UP}. */
  private int child(String wanted) {
    byte first = bytes[at];
    if (first == '{') {
      byte[] name = wanted.getBytes(StandardCharsets.UTF_8);
      at++;
      if (!whitespace()) {
        return GIVE_UP;
      }
      if (at < to && bytes[at] == '}') {
        return ABSENT;
      }
      while (at < to) {
        if (bytes[at] != '"') {
          return GIVE_UP;
        }
        int start = ++at;
        while (at < to && bytes[at] != '"') {
          if (bytes[at] == '\\') {
            return GIVE_UP;
          }
          at++;
        }
        if (at >= to) {
          return GIVE_UP;
        }
        boolean match = equal(start, at, name);
        at++;
        if (!whitespace() || at >= to || bytes[at] != ':') {
          return GIVE_UP;
        }
        at++;
        if (!whitespace() || at >= to) {
          return GIVE_UP;
        }
        if (match) {
          return at;
        }
        int next = afterValueAndSeparator('}');
        if (next != 0) {
          return next;
        }
      }
      return GIVE_UP;
    }
    if (first == '[') {
      int index;
      try {
        index = Integer.parseInt(wanted);
      } catch (NumberFormatException e) {
        return ABSENT;
      }
      at++;
      if (!whitespace()) {
        return GIVE_UP;
      }
      if (at < to && bytes[at] == ']') {
        return ABSENT;
      }
      for (int i = 0; at < to; i++) {
        if (i == index) {
          return at;
        }
        int next = afterValueAndSeparator(']');
        if (next != 0) {
          return next;
        }
      }
      return GIVE_UP;
    }
    return ABSENT;
  }

  /**
   * Skips a member's value, then its comma or the container's end.
   *
   * @return 0 to go on with the next member (now at its first byte), {@link #ABSENT} at the end of the container,
   *     {@link #GIVE_UP} otherwise
   */
  private int afterValueAndSeparator(char end) {
    if (!skipValue() || !whitespace() || at >= to) {
      return GIVE_UP;
    }
    if (bytes[at] == end) {
      return ABSENT;
    }
    if (bytes[at] != ',') {
      return GIVE_UP;
    }
    at++;
    return whitespace() && at < to ? 0 : GIVE_UP;
  }

  /** Skips one value: a string, a container (counting brackets outside strings) or a literal or number. */
  private boolean skipValue() {
    byte b = bytes[at];
    if (b == '"') {
      return skipString();
    }
    if (b == '{' || b == '[') {
      int depth = 0;
      while (at < to) {
        b = bytes[at];
        if (b == '"') {
          if (!skipString()) {
            return false;
          }
          continue;
        }
        if (b == '\n' || b == '\r') {
          return false;
        }
        if (b == '{' || b == '[') {
          depth++;
        } else if (b == '}' || b == ']') {
          depth--;
          if (depth == 0) {
            at++;
            return true;
          }
        }
        at++;
      }
      return false;
    }
    int start = at;
    while (at < to) {
      b = bytes[at];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\t') {
        break;
      }
      if (b == '\n' || b == '\r' || b == '"' || b == '{' || b == '[') {
        return false;
      }
      at++;
    }
    return at > start;
  }

  /** Skips a string from its opening quote to after its closing quote. */
  private boolean skipString() {
    at++;
    while (at < to) {
      byte b = bytes[at];
      if (b == '\\') {
        at += 2;
        continue;
      }
      at++;
      if (b == '"') {
        return true;
      }
    }
    return false;
  }

  /** Skips spaces and tabs; false at a line break. */
  private boolean whitespace() {
    while (at < to) {
      byte b = bytes[at];
      if (b == '\n' || b == '\r') {
        return false;
      }
      if (b != ' ' && b != '\t') {
        return true;
      }
      at++;
    }
    return true;
  }

  private boolean equal(int start, int end, byte[] name) {
    if (end - start != name.length) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (bytes[start + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** Returns for example {@code PointerScan[at 12]}. */
  @Override
  public String toString() {
    return "PointerScan[at " + at + "]";
  }
}

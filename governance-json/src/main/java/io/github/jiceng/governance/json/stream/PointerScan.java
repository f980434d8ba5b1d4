package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.JsonPointer;
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

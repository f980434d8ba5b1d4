package io.github.jiceng.governance.json.stream;

import java.util.Arrays;

/**
 * A growing byte array that holds compact entries (variable-length integers and strings) written one after another,
 * so that per-key state costs bytes rather than objects. Strings of characters up to U+00FF take one byte per
 * character, others two. Not thread-safe.
 */
final class ByteArena {
  private byte[] bytes = new byte[1 << 12];
  private int size;

  /**
   * Returns the number of bytes written.
   *
   * @return the size, which is also the offset of the next entry
   */
  int size() {
    return size;
  }

  /**
   * Returns the capacity in bytes, for memory accounting.
   *
   * @return the length of the backing array
   */
  long capacity() {
    return bytes.length;
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      long wanted = Math.max((long) size + more, bytes.length * 2L);
      if (wanted > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("more than 2 GiB of per-key state; split the input");
      }
      bytes = Arrays.copyOf(bytes, (int) wanted);
    }
  }

  /**
   * Writes an unsigned variable-length integer (7 bits a byte).
   *
   * @param value the value, not negative
   */
  void writeLong(long value) {
    ensure(10);
    long v = value;
    while ((v & ~0x7FL) != 0) {
      bytes[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[size++] = (byte) v;
  }

  /**
   * Writes a string: its length, a width flag and its characters.
   *
   * @param text the string
   */
  void writeString(String text) {
    int length = text.length();
    boolean narrow = true;
    for (int i = 0; i < length && narrow; i++) {
      narrow = text.charAt(i) <= 0xFF;
    }
    writeLong(((long) length << 1) | (narrow ? 0 : 1));
    ensure(narrow ? length : 2 * length);
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!narrow) {
        bytes[size++] = (byte) (c >>> 8);
      }
      bytes[size++] = (byte) c;
    }
  }

  /** A position for reading entries back. */
  final class Cursor {
    private int at;

    /**
     * Starts reading at an offset.
     *
     * @param offset the offset of an entry
     */
    Cursor(int offset) {
      this.at = offset;
    }

    /**
     * Tells whether the cursor is at the end of what was written.
     *
     * @return true at the end
     */
    boolean atEnd() {
      return at >= size;
    }

    /**
     * Reads an unsigned variable-length integer.
     *
     * @return the value
     */
    long readLong() {
      long value = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }

    /**
     * Reads a string.
     *
     * @return the string
     */
    String readString() {
      long header = readLong();
      int length = (int) (header >>> 1);
      boolean narrow = (header & 1) == 0;
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        chars[i] = narrow ? (char) (bytes[at++] & 0xFF) : (char) (((bytes[at++] & 0xFF) << 8) | (bytes[at++] & 0xFF));
      }
      return new String(chars);
    }

    /**
     * Compares the string at the cursor with a string, and moves past it.
     *
     * @param text the string
     * @return true if equal
     */
    boolean stringEquals(String text) {
      long header = readLong();
      int length = (int) (header >>> 1);
      boolean narrow = (header & 1) == 0;
      boolean equal = length == text.length();
      for (int i = 0; i < length; i++) {
        char c = narrow ? (char) (bytes[at++] & 0xFF) : (char) (((bytes[at++] & 0xFF) << 8) | (bytes[at++] & 0xFF));
        equal = equal && c == text.charAt(i);
      }
      return equal;
    }
  }
}

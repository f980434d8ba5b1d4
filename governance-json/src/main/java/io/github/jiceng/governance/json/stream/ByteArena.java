package io.github.jiceng.governance.json.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * A growing store of bytes that holds compact entries (variable-length integers and strings) written one after
 * another, so that per-key state costs bytes rather than objects. It grows by chunks of 256 KiB, never by copying, so
 * growing costs no more memory than what is held; a chunk is less than half of G1's smallest region (1 MiB), so it is
 * never a humongous object (a 1 MiB array plus its header took two regions, doubling the heap used). Strings of
 * characters up to U+00FF take one byte per character, others two. Offsets are ints: at most 2 GiB. Not thread-safe.
 */
final class ByteArena {
  private static final int SHIFT = 18;
  private static final int CHUNK = 1 << SHIFT;
  private static final int MASK = CHUNK - 1;
  /** The most bytes a variable-length long takes. */
  private static final int MAX_LONG_BYTES = 10;
  private final List<byte[]> chunks = new ArrayList<>();
  private byte[] current;
  private int size;

  /**
   * Returns the number of bytes written.
   *
   * @return the size, which is also the offset of the next entry
   */
  int size() {
    return size;
  }

  private void put(int b) {
    if ((size & MASK) == 0) {
      if (size == Integer.MAX_VALUE - MASK) {
        throw new IllegalStateException("more than 2 GiB of per-key state; split the input");
      }
      int first = chunks.isEmpty() ? 4096 : CHUNK;
      current = new byte[first];
      chunks.add(current);
    } else if ((size & MASK) == current.length) {
      // the first chunk starts small and grows to a full chunk
      current = java.util.Arrays.copyOf(current, Math.min(CHUNK, current.length * 4));
      chunks.set(chunks.size() - 1, current);
    }
    current[size & MASK] = (byte) b;
    size++;
  }

  private byte get(int offset) {
    return chunks.get(offset >>> SHIFT)[offset & MASK];
  }

  /**
   * Writes an unsigned variable-length integer (7 bits a byte).
   *
   * @param value the value, read as unsigned: a negative long (such as a zigzag-encoded one of large magnitude)
   *     takes 10 bytes and reads back as the same long
   */
  void writeLong(long value) {
    int offset = size & MASK;
    if (offset != 0 && current.length - offset >= MAX_LONG_BYTES) {
      // room in the current chunk: write without checking for its end byte by byte
      int end = writeLongAt(current, offset, value);
      size += end - offset;
      return;
    }
    long v = value;
    while ((v & ~0x7FL) != 0) {
      put((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    put((int) v);
  }

  /**
   * Writes a signed variable-length integer, zigzag-encoded so that small negative values stay short.
   *
   * @param value the value
   */
  void writeSignedLong(long value) {
    writeLong((value << 1) ^ (value >> 63));
  }

  private static int writeLongAt(byte[] chunk, int offset, long value) {
    int i = offset;
    long v = value;
    while ((v & ~0x7FL) != 0) {
      chunk[i++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    chunk[i++] = (byte) v;
    return i;
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
    int offset = size & MASK;
    int bytes = narrow ? length : 2 * length;
    if (offset != 0 && current.length - offset >= bytes) {
      // room in the current chunk: write without checking for its end byte by byte
      int i = offset;
      for (int c = 0; c < length; c++) {
        char ch = text.charAt(c);
        if (!narrow) {
          current[i++] = (byte) (ch >>> 8);
        }
        current[i++] = (byte) ch;
      }
      size += bytes;
      return;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!narrow) {
        put(c >>> 8);
      }
      put(c & 0xFF);
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
        b = get(at++);
        value |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while ((b & 0x80) != 0);
      return value;
    }

    /**
     * Reads a signed variable-length integer written by {@link ByteArena#writeSignedLong}.
     *
     * @return the value
     */
    long readSignedLong() {
      long code = readLong();
      return (code >>> 1) ^ -(code & 1);
    }

    private char readChar(boolean narrow) {
      return narrow ? (char) (get(at++) & 0xFF) : (char) (((get(at++) & 0xFF) << 8) | (get(at++) & 0xFF));
    }

    /** Skips a string written by {@link ByteArena#writeString}. */
    void skipString() {
      long header = readLong();
      at += (int) (header >>> 1) * ((header & 1) == 0 ? 1 : 2);
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
        chars[i] = readChar(narrow);
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
      if (length != text.length()) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (readChar(narrow) != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }
}

package io.github.jiceng.governance.json.stream;

/**
 * The bytes of one input record, as a splitter found them, with where they start in the input. Reused by the
 * splitter for the next record: consumers copy what they keep.
 */
final class RecordSlice {
  /** The buffer; the record is {@code bytes[0, length)}. */
  byte[] bytes = new byte[256];
  /** The number of bytes of the record held in {@link #bytes}. */
  int length;
  /** The 1-based line of the record's first character. */
  int line;
  /** The 1-based column, in characters, of the record's first character. */
  int column;
  /** The record's length in bytes when it exceeds the maximum (its bytes are then not held), or -1. */
  long tooLong = -1;
  /** Whether the input ended inside the record. */
  boolean truncated;
  /** A structural problem before the record that belongs to it (such as a missing comma), or null. */
  String separatorProblem;

  /** Empties the slice for the next record. */
  void reset() {
    length = 0;
    line = 0;
    column = 0;
    tooLong = -1;
    truncated = false;
    separatorProblem = null;
  }

  /**
   * Appends bytes as {@link #append(byte, long)} appends them one by one: those that fit under the maximum, and past
   * it only their count.
   *
   * @param source the bytes
   * @param from the first to append
   * @param count how many
   * @param max the maximum record length in bytes
   */
  void append(byte[] source, int from, int count, long max) {
    if (tooLong >= 0) {
      tooLong += count;
      return;
    }
    int kept = (int) Math.min(count, max - length);
    if (length + kept > bytes.length) {
      int capacity = bytes.length;
      while (capacity < length + kept) {
        capacity = (int) Math.min(max, Math.max(16L, capacity * 2L));
      }
      bytes = java.util.Arrays.copyOf(bytes, capacity);
    }
    System.arraycopy(source, from, bytes, length, kept);
    length += kept;
    if (kept < count) {
      tooLong = (long) length + count - kept;
    }
  }

  /**
   * Appends a byte, if the record does not exceed the maximum; past it, only counts.
   *
   * @param b the byte
   * @param max the maximum record length in bytes
   */
  void append(byte b, long max) {
    if (tooLong >= 0) {
      tooLong++;
      return;
    }
    if (length >= max) {
      tooLong = length + 1L;
      return;
    }
    if (length == bytes.length) {
      bytes = java.util.Arrays.copyOf(bytes, (int) Math.min(max, Math.max(16L, bytes.length * 2L)));
    }
    bytes[length++] = b;
  }
}

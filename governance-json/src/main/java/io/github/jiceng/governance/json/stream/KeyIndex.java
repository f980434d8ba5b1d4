package io.github.jiceng.governance.json.stream;

/**
 * An exact set of (record type, id) keys, each with a long value (the input and line of its first record), in about
 * {@code 20 + length} bytes per key for ids of Latin-1 characters: the keys live in a {@link ByteArena}, the table is
 * open addressing over int arrays at a load of at most one half. Not thread-safe.
 *
 * <p>Memory grows linearly with the number of distinct keys: roughly 36 bytes for a 12-character id (12 for the
 * characters, 2 for the type and length, 16 for two table slots of offset, hash and value, rounded up), doubling
 * briefly while the table or arena grows.
 */
final class KeyIndex {
  private final ByteArena arena = new ByteArena();
  /** Arena offset + 1 of each slot's key, 0 for an empty slot. */
  private int[] offsets = new int[1 << 10];
  private int[] hashes = new int[1 << 10];
  private long[] values = new long[1 << 10];
  private int size;

  /**
   * Returns the number of keys.
   *
   * @return the count
   */
  int size() {
    return size;
  }

  /**
   * Returns the bytes held, for memory accounting.
   *
   * @return an estimate
   */
  long bytes() {
    return arena.capacity() + 16L * offsets.length;
  }

  /**
   * Adds a key if it is new.
   *
   * @param type the record type's index
   * @param key the id
   * @param value the value to keep with a new key, not negative
   * @return -1 if the key was added, else the value kept with it
   */
  long putIfAbsent(int type, String key, long value) {
    int hash = hash(type, key);
    int mask = offsets.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      if (offsets[slot] == 0) {
        offsets[slot] = arena.size() + 1;
        hashes[slot] = hash;
        values[slot] = value;
        arena.writeLong(type);
        arena.writeString(key);
        if (++size * 2 > offsets.length) {
          grow();
        }
        return -1;
      }
      if (hashes[slot] == hash && matches(offsets[slot] - 1, type, key)) {
        return values[slot];
      }
    }
  }

  /**
   * Tells whether a key is present.
   *
   * @param type the record type's index
   * @param key the id
   * @return true if present
   */
  boolean contains(int type, String key) {
    int hash = hash(type, key);
    int mask = offsets.length - 1;
    for (int slot = hash & mask; offsets[slot] != 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && matches(offsets[slot] - 1, type, key)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(int offset, int type, String key) {
    ByteArena.Cursor cursor = arena.new Cursor(offset);
    return cursor.readLong() == type && cursor.stringEquals(key);
  }

  private void grow() {
    int[] oldOffsets = offsets;
    int[] oldHashes = hashes;
    long[] oldValues = values;
    offsets = new int[oldOffsets.length * 2];
    hashes = new int[offsets.length];
    values = new long[offsets.length];
    int mask = offsets.length - 1;
    for (int i = 0; i < oldOffsets.length; i++) {
      if (oldOffsets[i] != 0) {
        int slot = oldHashes[i] & mask;
        while (offsets[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        offsets[slot] = oldOffsets[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int hash(int type, String key) {
    int h = key.hashCode() * 31 + type;
    return h ^ (h >>> 16) ^ (h >>> 7);
  }
}

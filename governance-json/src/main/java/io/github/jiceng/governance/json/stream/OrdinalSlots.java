package io.github.jiceng.governance.json.stream;

import java.util.function.IntPredicate;

/**
 * The hash table of a compact key store: open addressing with linear probing over a long array that holds, per slot,
 * a key's hash and its ordinal, at a load of at most one half, so 16 bytes per key. A probe compares hashes in the
 * slot itself and asks the owner to compare a key only when they are equal, so that looking up a new key usually
 * touches one place in memory. The keys themselves live with their owner (in a {@link ByteArena} and in pages of
 * columns by ordinal); growing copies only this array. Not thread-safe.
 */
final class OrdinalSlots {
  /** Per slot, the key's hash in the high half and its ordinal + 1 in the low half, or 0 for an empty slot. */
  private long[] slots = new long[1 << 10];

  /**
   * Finds a key.
   *
   * @param hash the key's hash
   * @param matches tells whether the key of an ordinal is the one sought (called only for ordinals with this hash)
   * @return the key's ordinal, or {@code -(slot + 1)} for the empty slot where it belongs
   */
  int find(int hash, IntPredicate matches) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      long entry = slots[slot];
      if (entry == 0) {
        return -(slot + 1);
      }
      int ordinal = (int) entry - 1;
      if ((int) (entry >>> 32) == hash && matches.test(ordinal)) {
        return ordinal;
      }
    }
  }

  /**
   * Puts a new key's ordinal into the empty slot that {@link #find} returned, and grows the table if it is then more
   * than half full.
   *
   * @param found what {@link #find} returned for the key
   * @param ordinal the key's ordinal; the keys are numbered 0, 1, 2, ... in the order they were added
   * @param hash the key's hash, as given to {@link #find}
   */
  void add(int found, int ordinal, int hash) {
    slots[-found - 1] = entry(hash, ordinal);
    int size = ordinal + 1;
    if (size * 2 > slots.length) {
      long[] grown = new long[slots.length * 2];
      int mask = grown.length - 1;
      for (long entry : slots) {
        if (entry != 0) {
          int slot = (int) (entry >>> 32) & mask;
          while (grown[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          grown[slot] = entry;
        }
      }
      slots = grown;
    }
  }

  private static long entry(int hash, int ordinal) {
    return ((long) hash << 32) | ((ordinal + 1L) & 0xFFFF_FFFFL);
  }
}

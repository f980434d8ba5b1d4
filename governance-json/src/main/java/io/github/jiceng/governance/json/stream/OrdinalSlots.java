package io.github.jiceng.governance.json.stream;

import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * The hash table of a compact key store: open addressing with linear probing over an int array of key ordinals, at a
 * load of at most one half, so 8 bytes per key. The keys themselves and their hashes live with their owner (in a
 * {@link ByteArena} and in pages of columns by ordinal); growing copies only this array. Not thread-safe.
 */
final class OrdinalSlots {
  /** Per slot, the key's ordinal + 1, or 0 for an empty slot. */
  private int[] slots = new int[1 << 10];

  /**
   * Finds a key.
   *
   * @param hash the key's hash
   * @param matches tells whether the key of an ordinal is the one sought (called only for ordinals of this hash's
   *     probe sequence)
   * @return the key's ordinal, or {@code -(slot + 1)} for the empty slot where it belongs
   */
  int find(int hash, IntPredicate matches) {
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int ordinal = slots[slot] - 1;
      if (ordinal < 0) {
        return -(slot + 1);
      }
      if (matches.test(ordinal)) {
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
   * @param hashOf gives the hash of the key of an ordinal, for growing
   */
  void add(int found, int ordinal, IntUnaryOperator hashOf) {
    slots[-found - 1] = ordinal + 1;
    int size = ordinal + 1;
    if (size * 2 > slots.length) {
      int[] grown = new int[slots.length * 2];
      int mask = grown.length - 1;
      for (int o = 0; o < size; o++) {
        int slot = hashOf.applyAsInt(o) & mask;
        while (grown[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        grown[slot] = o + 1;
      }
      slots = grown;
    }
  }
}

package io.github.jiceng.governance.json.stream;

/**
 * An exact set of (record type, id) keys, each with a long value (the input and line of its first record), in about
 * {@code 30 + length} bytes per key for ids of Latin-1 characters: the keys live in a {@link ByteArena}, each key's
 * arena offset and value in pages of columns by the key's ordinal, and the table is open addressing over a long array
 * of hashes and ordinals ({@link OrdinalSlots}) at a load of at most one half. Not thread-safe.
 *
 * <p>Memory grows linearly with the number of distinct keys: roughly 42 bytes for a 12-character id (12 for the
 * characters, 2 for the type and length, 12 for the offset and value, 16 for two table slots), plus half of the table
 * briefly while it grows (only the array of slots is copied).
 */
final class KeyIndex {
  private static final int PAGE_SHIFT = 12;
  private static final int PAGE = 1 << PAGE_SHIFT;
  /** The low bits of a hash that the last character of an id gives (eight slots of a long: one cache line). */
  private static final int NEIGHBOURS = 7;
  private final ByteArena arena = new ByteArena();
  private final java.util.List<Page> pages = new java.util.ArrayList<>();
  private final OrdinalSlots slots = new OrdinalSlots();
  private int size;

  /** The columns of {@value #PAGE} keys. */
  private static final class Page {
    final int[] offsets = new int[PAGE];
    final long[] values = new long[PAGE];
  }

  /**
   * Returns the number of keys.
   *
   * @return the count
   */
  int size() {
    return size;
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
    int found = slots.find(hash, ordinal -> matches(ordinal, type, key));
    if (found >= 0) {
      return pages.get(found >>> PAGE_SHIFT).values[found & (PAGE - 1)];
    }
    int ordinal = size++;
    if ((ordinal & (PAGE - 1)) == 0) {
      pages.add(new Page());
    }
    Page page = pages.get(ordinal >>> PAGE_SHIFT);
    int at = ordinal & (PAGE - 1);
    page.offsets[at] = arena.size();
    page.values[at] = value;
    arena.writeLong(type);
    arena.writeString(key);
    slots.add(found, ordinal, hash);
    return -1;
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
    return slots.find(hash, ordinal -> matches(ordinal, type, key)) >= 0;
  }

  private boolean matches(int ordinal, int type, String key) {
    Page page = pages.get(ordinal >>> PAGE_SHIFT);
    int at = ordinal & (PAGE - 1);
    ByteArena.Cursor cursor = arena.new Cursor(page.offsets[at]);
    return cursor.readLong() == type && cursor.stringEquals(key);
  }

  /**
   * Hashes a key so that ids that differ only in their last character (sequential ids such as {@code SR-120} to
   * {@code SR-127}, or the codes of one township's villages) take neighbouring slots, one cache line for eight of
   * them: exports usually list records in id order, and a new id then rarely costs a miss of the table. The other
   * bits mix the rest of the id and the type, so other ids spread as before.
   */
  static int hash(int type, String key) {
    int length = key.length();
    int h = 0;
    for (int i = 0; i < length - 1; i++) {
      h = 31 * h + key.charAt(i);
    }
    h = h * 31 + type;
    h ^= (h >>> 16) ^ (h >>> 7);
    return length == 0 ? h : (h & ~NEIGHBOURS) | (key.charAt(length - 1) & NEIGHBOURS);
  }
}

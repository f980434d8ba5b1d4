package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * The sums of a {@link SumPerKey} for one streaming run, kept compactly (按键汇总表): the keys and the record ids live
 * in a {@link ByteArena}, a sum is a scaled long with its scale (exact: a sum that does not fit a long falls back to a
 * {@code BigDecimal}), and the table is open addressing ({@link OrdinalSlots}) points into pages of per-key columns.
 * It gives the same findings as {@link KeyedCheck#inMemory} of the same definition, in the same order. Not
 * thread-safe; one instance per run.
 *
 * <p>Memory per distinct key: about 26 bytes of columns, 16 of table (load at most one half), the key's characters
 * (one byte each up to U+00FF, else two) and, if the definition keeps ids, each record's id and 1 to 4 bytes of link.
 * A key given in parts ({@link SplitKey}) keeps its text's characters and its two numbers as variable-length
 * integers (3 bytes for an epoch day of this era) instead of their digits and separators, and is made as text only at
 * the end, for a total that may report. A volunteer-day ({@link VolunteerDailyHours}: an 18-character volunteer
 * number and two epoch days, 30 characters as text) with one record of a 9-character id: about 78 bytes (84 as text).
 * The records arrive in dataset order, so each key's ids are kept in that order without sorting.
 *
 * @param <T> the Java type of the records summed
 */
final class SumTable<T> implements DatasetCheck {
  private static final int PAGE_SHIFT = 12;
  private static final int PAGE = 1 << PAGE_SHIFT;
  private static final long[] POWERS_OF_TEN = new long[19];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /** The fractional part of the golden ratio as a 64-bit odd number, a multiplier that spreads bits well. */
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SumPerKey<T> definition;
  /** The definition's key in parts, or null to keep its keys as text. */
  private final SplitKey<? super T> split;
  private final ByteArena arena = new ByteArena();
  private final List<Page> pages = new ArrayList<>();
  private final OrdinalSlots slots = new OrdinalSlots();
  private int size;
  /** The sums that do not fit a scaled long, by key ordinal. */
  private final Map<Integer, BigDecimal> large = new HashMap<>();
  /** Compares a key in parts with the parts being looked up, without a lambda made per record. */
  private final IntPredicate partsMatch = this::partsMatch;
  /** The text of the key in parts being looked up. */
  private String probeText;
  /** Its first number. */
  private long probeFirst;
  /** Its second number. */
  private long probeSecond;

  SumTable(SumPerKey<T> definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.split = definition.splitKey();
  }

  /** The columns of {@value #PAGE} keys, so that growing copies only the slot table. */
  private static final class Page {
    final int[] keys = new int[PAGE];
    final long[] unscaled = new long[PAGE];
    /** The scale of the sum, or -1 when the sum is in {@link SumTable#large}. */
    final byte[] scales = new byte[PAGE];
    final long[] records = new long[PAGE];
    /** The arena offset + 1 of the key's last id entry, or 0. */
    final int[] lastIds = new int[PAGE];
  }

  @Override
  public void record(Object record, RecordOutcome outcome) {
    T typed = definition.typed(record);
    if (typed == null) {
      return;
    }
    int ordinal;
    BigDecimal amount;
    if (split != null) {
      amount = definition.amountOf(typed);
      if (amount == null) {
        return;
      }
      ordinal = ordinalOf(split.text(typed), split.first(typed), split.second(typed));
    } else {
      String key = definition.keyOf(typed);
      amount = key == null ? null : definition.amountOf(typed);
      if (amount == null) {
        return;
      }
      ordinal = ordinalOf(key);
    }
    Page page = pages.get(ordinal >>> PAGE_SHIFT);
    int at = ordinal & (PAGE - 1);
    page.records[at]++;
    add(ordinal, page, at, amount);
    String id = definition.idOf(typed);
    if (id != null) {
      int entry = arena.size();
      arena.writeLong(page.lastIds[at]);
      arena.writeString(id);
      page.lastIds[at] = entry + 1;
    }
  }

  private int ordinalOf(String key) {
    int hash = hash(key);
    int found = slots.find(hash, ordinal -> {
      Page page = pages.get(ordinal >>> PAGE_SHIFT);
      int at = ordinal & (PAGE - 1);
      return arena.new Cursor(page.keys[at]).stringEquals(key);
    });
    if (found >= 0) {
      return found;
    }
    int ordinal = newKey(found, hash);
    arena.writeString(key);
    return ordinal;
  }

  /**
   * Finds or adds a key given in parts ({@link SplitKey}), kept in the arena as its second number, its first number
   * (both {@link ByteArena#writeSignedLong}) and its text, so that the end of the run reads the second number first.
   */
  private int ordinalOf(String text, long first, long second) {
    int hash = hash(text, first, second);
    probeText = text;
    probeFirst = first;
    probeSecond = second;
    int found = slots.find(hash, partsMatch);
    if (found >= 0) {
      return found;
    }
    int ordinal = newKey(found, hash);
    arena.writeSignedLong(second);
    arena.writeSignedLong(first);
    arena.writeString(text);
    return ordinal;
  }

  /** Tells whether the key of an ordinal has the parts being looked up. */
  private boolean partsMatch(int ordinal) {
    ByteArena.Cursor cursor = arena.new Cursor(pages.get(ordinal >>> PAGE_SHIFT).keys[ordinal & (PAGE - 1)]);
    return cursor.readSignedLong() == probeSecond && cursor.readSignedLong() == probeFirst
        && cursor.stringEquals(probeText);
  }

  /** Numbers a new key, whose entry the caller writes to the arena next, and puts it in the table. */
  private int newKey(int found, int hash) {
    int ordinal = size++;
    if ((ordinal & (PAGE - 1)) == 0) {
      pages.add(new Page());
    }
    pages.get(ordinal >>> PAGE_SHIFT).keys[ordinal & (PAGE - 1)] = arena.size();
    slots.add(found, ordinal, hash);
    return ordinal;
  }

  /** Adds an amount exactly: as a scaled long while it fits, else as a BigDecimal. */
  private void add(int ordinal, Page page, int at, BigDecimal amount) {
    boolean first = page.records[at] == 1;
    if (page.scales[at] >= 0 && amount.scale() >= 0 && amount.scale() < POWERS_OF_TEN.length
        && amount.precision() < POWERS_OF_TEN.length) {
      long value = amount.unscaledValue().longValue();
      int scale = amount.scale();
      if (first) {
        page.unscaled[at] = value;
        page.scales[at] = (byte) scale;
        return;
      }
      int current = page.scales[at];
      try {
        long sum = current >= scale
            ? Math.addExact(page.unscaled[at], Math.multiplyExact(value, POWERS_OF_TEN[current - scale]))
            : Math.addExact(Math.multiplyExact(page.unscaled[at], POWERS_OF_TEN[scale - current]), value);
        page.unscaled[at] = sum;
        page.scales[at] = (byte) Math.max(current, scale);
        return;
      } catch (ArithmeticException overflow) {
        // falls through to the exact form
      }
    }
    BigDecimal sum = first ? amount : sumOf(ordinal, page, at).add(amount);
    page.scales[at] = -1;
    large.put(ordinal, sum);
  }

  private BigDecimal sumOf(int ordinal, Page page, int at) {
    return page.scales[at] < 0 ? large.get(ordinal) : BigDecimal.valueOf(page.unscaled[at], page.scales[at]);
  }

  @Override
  public void finish(Consumer<Finding> out) {
    FindingsByKey ordered = new FindingsByKey();
    for (int ordinal = 0; ordinal < size; ordinal++) {
      Page page = pages.get(ordinal >>> PAGE_SHIFT);
      int at = ordinal & (PAGE - 1);
      BigDecimal sum = sumOf(ordinal, page, at);
      if (!definition.mayReport(sum)) {
        continue;
      }
      ByteArena.Cursor cursor = arena.new Cursor(page.keys[at]);
      String key;
      if (split != null) {
        long second = cursor.readSignedLong();
        if (!split.mayReport(second, sum)) {
          continue; // most keys: nothing to report, so no key to make
        }
        long first = cursor.readSignedLong();
        key = split.key(cursor.readString(), first, second);
      } else {
        key = cursor.readString();
      }
      definition.report(key, sum, page.records[at], new Ids(page.lastIds[at]), ordered::add);
      ordered.endKey(key);
    }
    ordered.emit(out);
  }

  @Override
  public long keys() {
    return size;
  }

  @Override
  public String toString() {
    return "SumTable[" + definition + ", " + size + " keys]";
  }

  private static int hash(String key) {
    int h = key.hashCode();
    return h ^ (h >>> 16) ^ (h >>> 7);
  }

  /**
   * Hashes a key in parts so that keys that differ only in the low three bits of the first number (a volunteer's
   * days of one eight-day stretch) get neighbouring slots, one or two cache lines: the text, the first number
   * without those bits and the second number without its low three bits are combined by multiplying with a large odd
   * constant (so that neighbouring texts and numbers do not cancel out) and mixed as MurmurHash3's finalizer mixes a
   * long; the low bits of both numbers then give the slot within the stretch, distinct for the eight days whether the
   * second number is fixed (an as-of date) or the day itself. Records of one volunteer that come together (a
   * volunteer's log) then touch one place of the table rather than one per day, and the keys of a stretch are few, so
   * runs stay short.
   */
  private static int hash(String text, long first, long second) {
    long h = (text.hashCode() * GOLDEN + (first >> 3)) * GOLDEN + (second >> 3);
    h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
    h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return (int) (h ^ (h >>> 33)) & ~7 | (int) (first ^ (second << 1)) & 7;
  }

  /** The ids of a key's records in input order, decoded from the arena when first asked for. */
  private final class Ids extends AbstractList<String> {
    private final int last;
    private List<String> decoded;

    Ids(int last) {
      this.last = last;
    }

    private List<String> decoded() {
      if (decoded == null) {
        List<String> backwards = new ArrayList<>();
        for (int entry = last; entry != 0; ) {
          ByteArena.Cursor cursor = arena.new Cursor(entry - 1);
          entry = (int) cursor.readLong();
          backwards.add(cursor.readString());
        }
        List<String> forwards = new ArrayList<>(backwards.size());
        for (int i = backwards.size() - 1; i >= 0; i--) {
          forwards.add(backwards.get(i));
        }
        decoded = List.copyOf(forwards);
      }
      return decoded;
    }

    @Override
    public String get(int index) {
      return decoded().get(index);
    }

    @Override
    public int size() {
      return decoded().size();
    }
  }
}

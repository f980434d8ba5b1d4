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

/**
 * The sums of a {@link SumPerKey} for one streaming run, kept compactly (按键汇总表): the keys and the record ids live
 * in a {@link ByteArena}, a sum is a scaled long with its scale (exact: a sum that does not fit a long falls back to a
 * {@code BigDecimal}), and the table is open addressing ({@link OrdinalSlots}) points into pages of per-key columns.
 * It gives the same findings as {@link KeyedCheck#inMemory} of the same definition, in the same order. Not
 * thread-safe; one instance per run.
 *
 * <p>Memory per distinct key: about 26 bytes of columns, 16 of table (load at most one half), the key's characters
 * (one byte each up to U+00FF, else two) and, if the definition keeps ids, each record's id and 1 to 4 bytes of link.
 * For a volunteer-day key of 30 characters and one record of a 9-character id: about 84 bytes. The records arrive in
 * dataset order, so each key's ids are kept in that order without sorting.
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

  private final SumPerKey<T> definition;
  private final ByteArena arena = new ByteArena();
  private final List<Page> pages = new ArrayList<>();
  private final OrdinalSlots slots = new OrdinalSlots();
  private int size;
  /** The sums that do not fit a scaled long, by key ordinal. */
  private final Map<Integer, BigDecimal> large = new HashMap<>();

  SumTable(SumPerKey<T> definition) {
    this.definition = Objects.requireNonNull(definition, "definition");
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
    String key = definition.keyOf(typed);
    BigDecimal amount = key == null ? null : definition.amountOf(typed);
    if (amount == null) {
      return;
    }
    int ordinal = ordinalOf(key);
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
    int ordinal = size++;
    if ((ordinal & (PAGE - 1)) == 0) {
      pages.add(new Page());
    }
    Page page = pages.get(ordinal >>> PAGE_SHIFT);
    int at = ordinal & (PAGE - 1);
    page.keys[at] = arena.size();
    arena.writeString(key);
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
      if (definition.mayReport(sum)) {
        String key = arena.new Cursor(page.keys[at]).readString();
        definition.report(key, sum, page.records[at], new Ids(page.lastIds[at]), ordered::add);
        ordered.endKey(key);
      }
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

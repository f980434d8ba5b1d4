package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Subject;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The compact sum table of a streaming run gives exactly what a plain hash map of {@link SumPerKey.Partial}s gives
 * ({@link KeyedCheck#inMemory}), and what {@code BigDecimal} addition gives: the same totals with the same scales,
 * the same ids in the same order, the same findings in the same order, for amounts that fit a long and amounts that
 * do not.
 */
class SumTableTest {
  /** A record to sum: a key, an amount and an id. */
  static final class Entry {
    final String key;
    final BigDecimal amount;
    final String id;

    Entry(String key, BigDecimal amount, String id) {
      this.key = key;
      this.amount = amount;
      this.id = id;
    }
  }

  private static RecordOutcome outcome(long number) {
    return new RecordOutcome(0, null, number, (int) number, 1, RecordStatus.VALID, Subject.ofType("entry"), null,
        List.of(), List.of(), null);
  }

  /** Amounts of every kind: small decimals, large and negative values, many digits, negative scales. */
  private static BigDecimal amount(Random random) {
    switch (random.nextInt(6)) {
      case 0:
        return BigDecimal.valueOf(random.nextInt(2400), 2);
      case 1:
        return BigDecimal.valueOf(random.nextInt(48) - 8);
      case 2:
        return new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(4));
      case 3:
        return BigDecimal.valueOf(random.nextInt(1000), 17 + random.nextInt(4));
      case 4:
        return new BigDecimal(new BigInteger(80, random), random.nextInt(6));
      default:
        return BigDecimal.valueOf(random.nextInt(9) + 1, -random.nextInt(3));
    }
  }

  private static List<Entry> entries(long seed, int keys) {
    Random random = new Random(seed);
    List<Entry> entries = new ArrayList<>();
    int count = random.nextInt(400);
    for (int i = 0; i < count; i++) {
      String key = random.nextInt(5) == 0 ? "志愿者-" + random.nextInt(keys) : "V" + random.nextInt(keys);
      entries.add(new Entry(key, amount(random), "R" + i + (random.nextBoolean() ? "" : "号")));
    }
    return entries;
  }

  private static SumPerKey<Entry> reporting(List<String> seen) {
    return SumPerKey.builder(Entry.class, "test.sum.reported")
        .key(e -> Optional.of(e.key))
        .amount(e -> e.amount)
        .ids(e -> e.id)
        .reporter((key, total, ids, out) -> seen.add(key + "=" + total + " (scale " + total.scale() + ") " + ids))
        .build();
  }

  private static SumPerKey<Entry> maximum(BigDecimal maximum) {
    return SumPerKey.builder(Entry.class, "test.sum.over")
        .key(e -> Optional.of(e.key))
        .amount(e -> e.amount)
        .maximum(maximum)
        .subjectType("entry")
        .message("{key}合计{total}，超过{maximum}（{records}条）", "{key}: {total}, more than {maximum} ({records} records)")
        .build();
  }

  @Test
  void givesWhatAHashMapOfPartialStatesGives() {
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all(), integers().between(1, 60))
        .checkAssert((seed, keys) -> {
          List<Entry> entries = entries(seed, keys);
          List<String> compact = new ArrayList<>();
          List<String> plain = new ArrayList<>();
          run(reporting(compact).get(), entries);
          run(KeyedCheck.inMemory(reporting(plain)), entries);
          assertThat(compact).containsExactlyInAnyOrderElementsOf(plain);
          BigDecimal maximum = BigDecimal.valueOf(new Random(seed).nextInt(5000), 2);
          assertThat(run(maximum(maximum).get(), entries))
              .isEqualTo(run(KeyedCheck.inMemory(maximum(maximum)), entries));
        });
  }

  /** A record whose key comes in parts: a text and two numbers. */
  static final class Parted {
    final String text;
    final long first;
    final long second;
    final BigDecimal amount;
    final String id;

    Parted(String text, long first, long second, BigDecimal amount, String id) {
      this.text = text;
      this.first = first;
      this.second = second;
      this.amount = amount;
      this.id = id;
    }
  }

  /** The key in parts of {@link Parted}; a total whose second number is a multiple of 3 reports only if positive. */
  private static final SplitKey<Parted> PARTS = new SplitKey<>() {
    @Override
    public String text(Parted record) {
      return record.text;
    }

    @Override
    public long first(Parted record) {
      return record.first;
    }

    @Override
    public long second(Parted record) {
      return record.second;
    }

    @Override
    public String key(String text, long first, long second) {
      return text + "|" + first + "|" + second;
    }

    @Override
    public boolean mayReport(long second, BigDecimal total) {
      return second % 3 != 0 || total.signum() > 0;
    }
  };

  /** Records with few distinct parts (so that keys repeat), texts with separators and extreme numbers. */
  private static List<Parted> parted(long seed, int keys) {
    Random random = new Random(seed);
    List<String> texts = List.of("V1", "V1|2", "V", "志愿者", "V12", "", "é|", "V500101-" + keys);
    long[] extremes = {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1L << 35, -(1L << 40)};
    List<Parted> records = new ArrayList<>();
    int count = random.nextInt(400);
    for (int i = 0; i < count; i++) {
      String text = random.nextInt(4) == 0 ? texts.get(random.nextInt(texts.size())) : "V" + random.nextInt(keys);
      // a few days, or many (keys of one text and eight-day stretch share a stretch of the table)
      long first = random.nextInt(8) == 0 ? extremes[random.nextInt(extremes.length)]
          : 20000 + random.nextInt(keys % 2 == 0 ? 3 : 1000);
      long second = random.nextInt(8) == 0 ? extremes[random.nextInt(extremes.length)] : random.nextInt(keys);
      records.add(new Parted(text, first, second, amount(random), "R" + i));
    }
    return records;
  }

  /** Sums {@link Parted} by their whole key, with the key in parts or not. */
  private static SumPerKey<Parted> parts(List<String> seen, boolean split, BigDecimal maximum) {
    SumPerKey.Builder<Parted> builder = SumPerKey.builder(Parted.class, "test.sum.parts")
        .key(r -> Optional.of(PARTS.key(r.text, r.first, r.second)))
        .amount(r -> r.amount)
        .ids(r -> r.id);
    if (maximum == null) {
      builder.reporter((key, total, ids, out) -> {
        long second = Long.parseLong(key.substring(key.lastIndexOf('|') + 1));
        if (PARTS.mayReport(second, total)) {
          seen.add(key + "=" + total + " (scale " + total.scale() + ") " + ids);
        }
      });
    } else {
      builder.maximum(maximum).subjectType("entry").message("{key}合计{total}", "{key}: {total}");
    }
    if (split) {
      builder.splitKey(new SplitKey<Parted>() {
        @Override
        public String text(Parted record) {
          return PARTS.text(record);
        }

        @Override
        public long first(Parted record) {
          return PARTS.first(record);
        }

        @Override
        public long second(Parted record) {
          return PARTS.second(record);
        }

        @Override
        public String key(String text, long first, long second) {
          return PARTS.key(text, first, second);
        }

        @Override
        public boolean mayReport(long second, BigDecimal total) {
          return maximum != null || PARTS.mayReport(second, total);
        }
      });
    }
    return builder.build();
  }

  @Test
  void keysInPartsGiveWhatTextKeysGive() {
    qt().withFixedSeed(20261130L).withExamples(300).forAll(longs().all(), integers().between(1, 40))
        .checkAssert((seed, keys) -> {
          List<Parted> records = parted(seed, keys);
          List<String> inParts = new ArrayList<>();
          List<String> asText = new ArrayList<>();
          List<String> inMemory = new ArrayList<>();
          DatasetCheck table = parts(inParts, true, null).get();
          run(table, records);
          run(parts(asText, false, null).get(), records);
          run(KeyedCheck.inMemory(parts(inMemory, false, null)), records);
          assertThat(inParts).isEqualTo(asText); // the same reports, in the same order
          assertThat(inParts).containsExactlyInAnyOrderElementsOf(inMemory);
          assertThat(table.keys()).isEqualTo(records.stream().map(r -> PARTS.key(r.text, r.first, r.second))
              .distinct().count());
          BigDecimal maximum = BigDecimal.valueOf(new Random(seed).nextInt(5000), 2);
          assertThat(run(parts(null, true, maximum).get(), records))
              .isEqualTo(run(parts(null, false, maximum).get(), records))
              .isEqualTo(run(KeyedCheck.inMemory(parts(null, false, maximum)), records));
        });
  }

  private static List<Finding> run(DatasetCheck check, List<?> records) {
    for (int i = 0; i < records.size(); i++) {
      check.record(records.get(i), outcome(i + 1L));
    }
    List<Finding> findings = new ArrayList<>();
    check.finish(findings::add);
    return findings;
  }

  @Test
  void totalsAreBigDecimalSumsWithTheirScalesAndIdsInInputOrder() {
    qt().withFixedSeed(7L).withExamples(200).forAll(longs().all(), integers().between(1, 30))
        .checkAssert((seed, keys) -> {
          List<Entry> entries = entries(seed, keys);
          Map<String, BigDecimal> totals = new TreeMap<>();
          Map<String, List<String>> ids = new TreeMap<>();
          for (Entry entry : entries) {
            totals.merge(entry.key, entry.amount, BigDecimal::add);
            ids.computeIfAbsent(entry.key, k -> new ArrayList<>()).add(entry.id);
          }
          List<String> expected = new ArrayList<>();
          totals.forEach((key, total) -> expected.add(key + "=" + total + " (scale " + total.scale() + ") "
              + ids.get(key)));
          List<String> seen = new ArrayList<>();
          DatasetCheck table = reporting(seen).get();
          run(table, entries);
          assertThat(seen).containsExactlyInAnyOrderElementsOf(expected);
          assertThat(table.keys()).isEqualTo(totals.size());
        });
  }

  @Test
  void manyKeysAcrossPagesAndTableGrowth() {
    Random random = new Random(11);
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      entries.add(new Entry("key-" + random.nextInt(12_000), amount(random), "r" + i));
    }
    List<String> compact = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    DatasetCheck table = reporting(compact).get();
    run(table, entries);
    run(KeyedCheck.inMemory(reporting(plain)), entries);
    assertThat(compact).hasSize(plain.size()).containsExactlyInAnyOrderElementsOf(plain);
    assertThat(table.keys()).isEqualTo(plain.size()).isGreaterThan(2 * 4096);
  }

  @Test
  void aSumThatOverflowsALongStaysExact() {
    List<String> seen = new ArrayList<>();
    BigDecimal big = BigDecimal.valueOf(Long.MAX_VALUE, 1);
    run(reporting(seen).get(), List.of(new Entry("k", big, "a"), new Entry("k", big, "b"),
        new Entry("k", new BigDecimal("0.001"), "c")));
    BigDecimal expected = big.add(big).add(new BigDecimal("0.001"));
    assertThat(seen).containsExactly("k=" + expected + " (scale 3) [a, b, c]");
  }

  @Test
  void findingsComeInKeyOrderAndKeysWithinTheMaximumBuildNothing() {
    List<Entry> entries = List.of(new Entry("b", new BigDecimal("13"), "1"), new Entry("a", new BigDecimal("6.5"),
        "2"), new Entry("c", BigDecimal.ONE, "3"), new Entry("a", new BigDecimal("6.50"), "4"));
    List<Finding> findings = run(maximum(BigDecimal.TEN).get(), entries);
    assertThat(findings).extracting(f -> f.subject().id().orElseThrow()).containsExactly("a", "b");
    assertThat(findings.get(0).message(java.util.Locale.ENGLISH)).isEqualTo("a: 13.00, more than 10 (2 records)");
    assertThat(findings.get(0).attribute("total")).hasValue("13.00");
  }

  @Test
  void recordsOfAnotherTypeOrWithoutKeyOrAmountAreNotSummed() {
    SumPerKey<Entry> definition = SumPerKey.builder(Entry.class, "test.sum.over")
        .key(e -> e.key.isEmpty() ? Optional.empty() : Optional.of(e.key))
        .amount(e -> e.amount)
        .maximum(BigDecimal.ZERO)
        .subjectType("entry")
        .message("{key}", "{key}")
        .build();
    DatasetCheck table = definition.get();
    table.record("not an entry", outcome(1));
    table.record(new Entry("", BigDecimal.ONE, "x"), outcome(2));
    table.record(new Entry("k", null, "y"), outcome(3));
    List<Finding> findings = new ArrayList<>();
    table.finish(findings::add);
    assertThat(findings).isEmpty();
    assertThat(table.keys()).isZero();
  }
}

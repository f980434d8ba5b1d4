package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compact id set answers as a {@code HashMap} of (type, id) keys does, across pages and table growth. */
class KeyIndexTest {
  private static String id(Random random, int ids) {
    int n = random.nextInt(ids);
    switch (random.nextInt(3)) {
      case 0:
        return "SR-" + n;
      case 1:
        return "社区" + n; // characters above U+00FF take two bytes
      default:
        return n % 7 == 0 ? "" : Integer.toString(n, 36);
    }
  }

  @Test
  void behavesAsAMapOfFirstValues() {
    qt().withFixedSeed(20261126L).withExamples(40).forAll(longs().all(), integers().between(1, 20_000))
        .checkAssert((seed, ids) -> {
          Random random = new Random(seed);
          KeyIndex index = new KeyIndex();
          Map<String, Long> expected = new HashMap<>();
          int operations = random.nextInt(30_000);
          for (long i = 0; i < operations; i++) {
            int type = random.nextInt(3);
            String id = id(random, ids);
            String key = type + "/" + id;
            if (random.nextInt(4) == 0) {
              assertThat(index.contains(type, id)).as(key).isEqualTo(expected.containsKey(key));
            } else {
              Long first = expected.putIfAbsent(key, i);
              assertThat(index.putIfAbsent(type, id, i)).as(key).isEqualTo(first == null ? -1 : first);
            }
          }
          assertThat(index.size()).isEqualTo(expected.size());
        });
  }

  @Test
  void sequentialIdsShareACacheLineOfSlotsAndOthersSpread() {
    for (int prefix = 0; prefix < 1_000; prefix++) {
      int group = KeyIndex.hash(1, "SR-" + prefix + "0") >>> 3;
      for (char last = '1'; last <= '7'; last++) {
        assertThat(KeyIndex.hash(1, "SR-" + prefix + last) >>> 3).as("SR-%s%s", prefix, last).isEqualTo(group);
      }
    }
    // ids that differ before their last character, and ids of other types, fall into groups that spread evenly
    int groups = 1 << 12;
    int[] counts = new int[groups];
    int prefixes = 200_000;
    for (int i = 0; i < prefixes; i++) {
      counts[(KeyIndex.hash(i % 3, "SR-" + i + "0") >>> 3) & (groups - 1)]++;
    }
    double expected = (double) prefixes / groups;
    double chiSquare = 0;
    for (int count : counts) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    assertThat(chiSquare / groups).as("chi-square per group").isLessThan(1.5);
  }
}

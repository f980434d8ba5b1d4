package io.github.jiceng.governance.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ThresholdTest {

  /** An oracle independent of the cross-multiplication: the fraction of the base in decimal, to 40 places. */
  private static boolean oracle(Threshold t, long count, long base) {
    BigDecimal bar = BigDecimal.valueOf(base).multiply(BigDecimal.valueOf(t.numerator()))
        .divide(BigDecimal.valueOf(t.denominator()), 40, RoundingMode.HALF_EVEN);
    int cmp = BigDecimal.valueOf(count).compareTo(bar);
    return t.comparison() == Comparison.MORE_THAN ? cmp > 0 : cmp >= 0;
  }

  @Test
  void theExamplesOfTheCountingNotes() {
    assertThat(Threshold.MAJORITY.isMet(51, 100)).isTrue();
    assertThat(Threshold.MAJORITY.isMet(50, 100)).isFalse();
    assertThat(Threshold.MAJORITY.isMet(51, 101)).isTrue();
    assertThat(Threshold.MAJORITY.minimum(100)).isEqualTo(51);
    assertThat(Threshold.MAJORITY.minimum(101)).isEqualTo(51);
    assertThat(Threshold.TWO_THIRDS.isMet(200, 300)).isTrue();
    assertThat(Threshold.TWO_THIRDS.isMet(199, 300)).isFalse();
    assertThat(Threshold.TWO_THIRDS.minimum(100)).isEqualTo(67);
    assertThat(Threshold.FOUR_FIFTHS.minimum(30)).isEqualTo(24);
    assertThat(Threshold.ONE_THIRD.minimum(30)).isEqualTo(10);
    assertThat(Threshold.ONE_THIRD.minimum(31)).isEqualTo(11);
  }

  @Test
  void theMinimumMeetsTheThresholdAndOneLessDoesNot() {
    qt().forAll(integers().between(1, 11), integers().between(2, 12), integers().between(0, 2_000_000))
        .checkAssert((k, d, base) -> {
          int n = Math.min(k, d - 1);
          for (Threshold t : new Threshold[] {Threshold.moreThan(n, d), Threshold.atLeast(n, d)}) {
            long minimum = t.minimum(base);
            assertThat(t.isMet(minimum, base)).as("%s of %s meets at %s", t, base, minimum).isTrue();
            assertThat(oracle(t, minimum, base)).as("oracle %s of %s at %s", t, base, minimum).isTrue();
            if (minimum > 0) {
              assertThat(t.isMet(minimum - 1, base)).as("%s of %s fails at %s", t, base, minimum - 1).isFalse();
              assertThat(oracle(t, minimum - 1, base)).isFalse();
            }
          }
        });
  }

  @Test
  void isMetAgreesWithTheDecimalOracleEverywhere() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000), integers().between(0, 3))
        .checkAssert((count, base, which) -> {
          Threshold t = new Threshold[] {Threshold.MAJORITY, Threshold.TWO_THIRDS, Threshold.FOUR_FIFTHS,
              Threshold.ONE_THIRD}[which];
          assertThat(t.isMet(count, base)).as("%s: %s of %s", t, count, base).isEqualTo(oracle(t, count, base));
        });
  }

  @Test
  void majorityIsStrictAndAtLeastIsInclusiveAtExactFractions() {
    qt().forAll(integers().between(0, 1_000_000)).checkAssert(k -> {
      assertThat(Threshold.MAJORITY.isMet(k, 2L * k)).as("exactly half of %s", 2L * k).isFalse();
      assertThat(Threshold.MAJORITY.isMet(k + 1L, 2L * k)).isTrue();
      assertThat(Threshold.TWO_THIRDS.isMet(2L * k, 3L * k)).as("exactly two-thirds of %s", 3L * k).isTrue();
      assertThat(Threshold.moreThan(2, 3).isMet(2L * k, 3L * k)).isEqualTo(false);
    });
  }

  @Test
  void describesItselfAsTheLawWordsIt() {
    assertThat(Threshold.MAJORITY.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("过半数");
    assertThat(Threshold.TWO_THIRDS.describe(Locale.SIMPLIFIED_CHINESE)).isEqualTo("三分之二以上");
    assertThat(Threshold.FOUR_FIFTHS.describe(Locale.CHINESE)).isEqualTo("五分之四以上");
    assertThat(Threshold.moreThan(1, 3).describe(Locale.CHINESE)).isEqualTo("超过三分之一");
    assertThat(Threshold.MAJORITY.describe(Locale.ENGLISH)).isEqualTo("more than half");
    assertThat(Threshold.TWO_THIRDS.describe(Locale.ENGLISH)).isEqualTo("two-thirds or more");
    assertThat(Threshold.atLeast(7, 11).describe(Locale.ENGLISH)).isEqualTo("7/11 or more");
    assertThat(Threshold.MAJORITY.arithmetic(51, 100)).isEqualTo("2 × 51 = 102 > 1 × 100 = 100");
    assertThat(Threshold.TWO_THIRDS.arithmetic(66, 100)).isEqualTo("3 × 66 = 198 < 2 × 100 = 200");
  }

  @Test
  void parsesWhatItPrintsAndComparesByValue() {
    for (Threshold t : new Threshold[] {Threshold.MAJORITY, Threshold.TWO_THIRDS, Threshold.atLeast(1, 10)}) {
      assertThat(Threshold.parse(t.toString())).isEqualTo(t);
    }
    assertThat(Threshold.parse(">=2/3")).isEqualTo(Threshold.TWO_THIRDS);
    assertThat(Threshold.moreThan(2, 4)).isEqualTo(Threshold.MAJORITY).hasSameHashCodeAs(Threshold.MAJORITY);
    assertThat(Threshold.atLeast(1, 2)).isNotEqualTo(Threshold.MAJORITY);
    assertThatThrownBy(() -> Threshold.parse("half")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'half'").hasMessageContaining("'> 1/2'");
    assertThatThrownBy(() -> Threshold.moreThan(2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Threshold.atLeast(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Threshold.MAJORITY.isMet(-1, 5)).hasMessageContaining("-1");
  }
}

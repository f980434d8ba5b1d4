package io.github.jiceng.governance.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@link ServiceHours}: its comparisons in longs give what the same comparisons in {@code BigDecimal} give. */
class ServiceHoursTest {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private static boolean exceedExactly(BigDecimal hours, long minutes) {
    return hours.multiply(SIXTY).compareTo(BigDecimal.valueOf(minutes)) > 0
        && hours.compareTo(BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP)) > 0;
  }

  private static boolean agreeExactly(BigDecimal hours, long minutes) {
    return hours.multiply(SIXTY).compareTo(BigDecimal.valueOf(minutes)) == 0
        || hours.compareTo(BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP)) == 0;
  }

  @Test
  void comparisonsAgreeWithBigDecimalArithmetic() {
    qt().withFixedSeed(20261126L).withExamples(20_000)
        .forAll(longs().between(-2_000_000, 2_000_000), integers().between(-1, 4), longs().between(-200, 3_000))
        .checkAssert((unscaled, scale, minutes) -> {
          BigDecimal hours = BigDecimal.valueOf(unscaled, scale);
          assertThat(ServiceHours.exceed(hours, minutes)).as("exceed(%s, %s)", hours, minutes)
              .isEqualTo(exceedExactly(hours, minutes));
          assertThat(ServiceHours.agree(hours, minutes)).as("agree(%s, %s)", hours, minutes)
              .isEqualTo(agreeExactly(hours, minutes));
        });
  }

  @Test
  void hoursThatRoundToTheMinutesAgreeAndDoNotExceed() {
    for (long minutes = 0; minutes <= 24 * 60; minutes++) {
      BigDecimal rounded = BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
      assertThat(ServiceHours.agree(rounded, minutes)).as("%s h for %s min", rounded, minutes).isTrue();
      assertThat(ServiceHours.exceed(rounded, minutes)).as("%s h for %s min", rounded, minutes).isFalse();
      BigDecimal more = rounded.add(new BigDecimal("0.01"));
      assertThat(ServiceHours.exceed(more, minutes)).as("%s h for %s min", more, minutes)
          .isEqualTo(exceedExactly(more, minutes)).isTrue();
    }
  }

  @Test
  void largeOrFineHoursUseTheExactComparison() {
    BigDecimal fine = new BigDecimal("1.666");
    assertThat(ServiceHours.agree(fine, 100)).isEqualTo(agreeExactly(fine, 100));
    BigDecimal large = new BigDecimal("123456789012345.5");
    assertThat(ServiceHours.exceed(large, 60)).isTrue();
    assertThat(ServiceHours.agree(new BigDecimal("1E+2"), 6000)).isTrue();
  }
}

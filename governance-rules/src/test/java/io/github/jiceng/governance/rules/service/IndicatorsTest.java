package io.github.jiceng.governance.rules.service;

import static io.github.jiceng.governance.rules.service.ServiceFixtures.HANFENG;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.KAIZHOU;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.MANYUE;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.YIHE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkRoom;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.territory.Township;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Indicator values on the fixture (counted by hand), exact comparison and the stated rounding. */
class IndicatorsTest {
  private static final ReportingPeriod Y2026 = ReportingPeriod.year(2026);

  private static ServiceSystem system(List<Object> records) {
    return ServiceLookup.of(records).system(KAIZHOU).orElseThrow();
  }

  private static String value(Indicator indicator, ServiceSystem system, ReportingPeriod period) {
    return indicator.compute(system, system.district(), period).value().map(BigDecimal::toPlainString)
        .orElse("undefined");
  }

  @Test
  void theFixturesIndicatorsForTheDistrict() {
    ServiceSystem system = system(ServiceFixtures.dataset());
    Map<String, String> expected = Map.of(
        "service.station-coverage", "100.00",       // 2 of 2 townships
        "service.room-coverage", "100.00",          // 3 of 3 villages
        "service.workers-per-station", "2.50",      // 5 station workers, 2 stations
        "service.certified-share", "83.33",         // 5 of 6 (with the centre's worker)
        "service.people-trained", "25",
        "service.services-per-station", "0.50",     // 1 activity, 2 stations open in 2026
        "service.beneficiaries-per-station", "17.50",
        "service.funding-per-station", "0.00",
        "service.organisations-per-urban-community", "10.00",
        "service.organisations-per-rural-community", "5.00");
    Map<String, String> actual = ServiceIndicators.all().stream()
        .collect(Collectors.toMap(Indicator::id, i -> value(i, system, Y2026)));
    assertThat(actual).isEqualTo(expected);
    assertThat(value(ServiceIndicators.FUNDING_PER_STATION, system, ReportingPeriod.year(2022)))
        .as("100,000 yuan of pilot funds, 2 stations open in 2022").isEqualTo("50000.00");
    assertThat(value(ServiceIndicators.WORKERS_PER_STATION, system, ReportingPeriod.year(2020)))
        .as("no station yet").isEqualTo("undefined");
  }

  @Test
  void aWorkerListedAtAStationAndARoomCountsOnce() {
    SocialWorkRoom room = ServiceFixtures.room("RM-101201", "顶星村社工室", ServiceFixtures.DINGXING);
    List<Object> records = ServiceFixtures.with(ImmutableSocialWorkRoom.copyOf(room)
        .withStaffIds("SW-4", "SW-5", "SW-4"));
    IndicatorValue share = ServiceIndicators.CERTIFIED_SHARE.compute(system(records), KAIZHOU, Y2026);
    assertThat(share.numerator()).isEqualByComparingTo("5");
    assertThat(share.denominator()).isEqualByComparingTo("6");
    IndicatorValue township = ServiceIndicators.CERTIFIED_SHARE.compute(system(records), MANYUE, Y2026);
    assertThat(township.denominator()).isEqualByComparingTo("2");
  }

  @Test
  void indicatorsPerUnitOfALevel() {
    ServiceSystem system = system(ServiceFixtures.with(Township.of(YIHE, "义和镇")));
    List<IndicatorValue> perTownship = ServiceIndicators.byLevel(system, ServiceIndicators.STATION_COVERAGE,
        DivisionLevel.TOWNSHIP, Y2026);
    assertThat(perTownship).extracting(IndicatorValue::scope).containsExactly(HANFENG, MANYUE, YIHE);
    assertThat(perTownship).extracting(v -> v.value().orElseThrow().toPlainString())
        .containsExactly("100.00", "100.00", "0.00");
    IndicatorValue district = ServiceIndicators.byLevel(system, ServiceIndicators.STATION_COVERAGE,
        DivisionLevel.COUNTY, Y2026).get(0);
    assertThat(district.value()).contains(new BigDecimal("66.67"));
    assertThat(district.satisfies(ComparisonOperator.AT_LEAST, new BigDecimal("66.67"))).isFalse();
    assertThat(district.satisfies(ComparisonOperator.AT_LEAST, new BigDecimal("66.66"))).isTrue();
    assertThat(district.satisfies(ComparisonOperator.LESS_THAN, new BigDecimal("66.67"))).isTrue();
    assertThat(district).hasToString("service.station-coverage 500154000000 2026: 2/3 = 66.67 PERCENT");
    assertThatThrownBy(() -> ServiceIndicators.byLevel(system, ServiceIndicators.STATION_COVERAGE,
        DivisionLevel.PROVINCE, Y2026)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServiceIndicators.STATION_COVERAGE.compute(system,
        io.github.jiceng.governance.core.id.DivisionCode.parse("500101"), Y2026))
        .hasMessageContaining("not within the system's district 500154");
  }

  @Test
  void valuesAreRoundedHalfUpAsStated() {
    // oracle: integer half-up of n * 100 * 100 / d, then two decimals
    qt().forAll(integers().between(0, 5000), integers().between(1, 5000)).checkAssert((n, d) -> {
      IndicatorValue value = new IndicatorValue(ServiceIndicators.CERTIFIED_SHARE, KAIZHOU, Y2026,
          BigDecimal.valueOf(n), BigDecimal.valueOf(d));
      long hundredths = (2L * n * 10_000 + d) / (2L * d);
      assertThat(value.value()).contains(BigDecimal.valueOf(hundredths, 2));
      assertThat(value.satisfies(ComparisonOperator.AT_LEAST, BigDecimal.valueOf(60)))
          .as("%d/%d >= 60%%", n, d).isEqualTo(100L * n >= 60L * d);
    });
    IndicatorValue undefined = new IndicatorValue(ServiceIndicators.CERTIFIED_SHARE, KAIZHOU, Y2026,
        BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(undefined.value()).isEmpty();
    assertThatThrownBy(() -> undefined.satisfies(ComparisonOperator.AT_LEAST, BigDecimal.ONE))
        .hasMessageContaining("not defined: the denominator is 0");
  }

  @Test
  void operatorsCompareExactlyAndCountLikeChineseLaw() {
    qt().forAll(integers().between(-20, 20), integers().between(-20, 20)).checkAssert((a, b) -> {
      assertThat(ComparisonOperator.AT_LEAST.holds(a, b)).isEqualTo(a >= b);
      assertThat(ComparisonOperator.AT_MOST.holds(a, b)).isEqualTo(a <= b);
      assertThat(ComparisonOperator.MORE_THAN.holds(a, b)).isEqualTo(a > b);
      assertThat(ComparisonOperator.LESS_THAN.holds(a, b)).isEqualTo(a < b);
      assertThat(ComparisonOperator.EQUAL_TO.holds(a, b)).isEqualTo(a.equals(b));
    });
    assertThat(ComparisonOperator.EQUAL_TO.holds(new BigDecimal("1.50"), new BigDecimal("1.5"))).isTrue();
    assertThat(ComparisonOperator.AT_LEAST.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("不少于");
    assertThat(ComparisonOperator.AT_LEAST.symbol()).isEqualTo("≥");
  }

  @Test
  void indicatorsAreDefinedOnceWithWellFormedIds() {
    assertThat(ServiceIndicators.all()).extracting(Indicator::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("service."));
    assertThat(ServiceIndicators.find("service.room-coverage")).contains(ServiceIndicators.ROOM_COVERAGE);
    assertThat(ServiceIndicators.STATION_COVERAGE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("乡镇（街道）社工站覆盖率");
    assertThat(ServiceIndicators.STATION_COVERAGE)
        .hasToString("service.station-coverage = TOWNSHIPS_WITH_STATION / TOWNSHIPS (PERCENT, 2)");
    assertThatThrownBy(() -> Indicator.of("Bad Id", "a", "b", Measure.ONE, Measure.ONE, IndicatorUnit.PERCENT, 2))
        .hasMessageContaining("must be dotted kebab-case");
    assertThatThrownBy(() -> Indicator.of("x.y", "a", "b", Measure.ONE, Measure.ONE, IndicatorUnit.PERCENT, 7))
        .hasMessageContaining("scale 7 is outside 0..6");
  }
}

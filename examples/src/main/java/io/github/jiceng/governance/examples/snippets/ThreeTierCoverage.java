package io.github.jiceng.governance.examples.snippets;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.rules.service.Indicator;
import io.github.jiceng.governance.rules.service.IndicatorValue;
import io.github.jiceng.governance.rules.service.ServiceIndicators;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import java.util.List;

/**
 * Computes the coverage of the three-tier social-work service system (三级服务体系覆盖率) for a district: stations per
 * township and rooms per village, for the district and for each township below full room coverage. The district is
 * the test kit's synthetic Kaizhou (docs/domain/three-tier.md); with your own records use
 * {@code ServiceSystem.of(districtCode, records)}.
 */
public final class ThreeTierCoverage {
  private ThreeTierCoverage() {
  }

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    ServiceSystem system = ServiceGenerators.kaizhou().sample(2022L, 1).get(0).system();
    ReportingPeriod year = ReportingPeriod.year(2022);
    System.out.println(system);
    for (Indicator indicator : List.of(ServiceIndicators.STATION_COVERAGE, ServiceIndicators.ROOM_COVERAGE)) {
      print(indicator.compute(system, system.district(), year));
    }
    List<IndicatorValue> townships =
        ServiceIndicators.byLevel(system, ServiceIndicators.ROOM_COVERAGE, DivisionLevel.TOWNSHIP, year);
    long full = townships.stream().filter(v -> v.numerator().compareTo(v.denominator()) == 0).count();
    System.out.println("townships with every village covered: " + full + " of " + townships.size());
    townships.stream().filter(v -> v.numerator().compareTo(v.denominator()) < 0).limit(3)
        .forEach(ThreeTierCoverage::print);
  }

  private static void print(IndicatorValue value) {
    System.out.println(value.indicator().id() + " " + value.scope() + ": " + value.numerator().toPlainString() + " / "
        + value.denominator().toPlainString() + " = " + value.value().map(v -> v.toPlainString() + " %").orElse("—"));
  }
}

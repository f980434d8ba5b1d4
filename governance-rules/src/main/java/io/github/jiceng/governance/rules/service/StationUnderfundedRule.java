package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A station's yearly funding below the local standard (社工站年度经费不达标). Left side: the funding the station
 * received in the last complete calendar year (the year of the evaluation date if that is 31 December, otherwise the
 * year before), in yuan; operator: {@link ComparisonOperator#AT_LEAST}; right side: the parameter {@link #MINIMUM}.
 * Only stations open during the whole year are judged. The default 0 switches the rule off; no local figure was found
 * for the example pack, so it stays off there too. Judged when the lookup holds the district's system.
 */
@RuleDefinition(
    id = "service.station.underfunded",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_STATION_STANDARDS, confidence = Confidence.SINGLE_SOURCE,
        note = "no national or Chongqing funding standard was found [U] (reference.md §4, §9 item 4); parameter"
            + " service.station.minimum-annual-funding-yuan, default 0 (off)"))
public final class StationUnderfundedRule implements Rule<SocialWorkStation> {
  /** The least funding a station must receive in a calendar year, in yuan; default 0, which switches it off. */
  public static final Parameter<BigDecimal> MINIMUM =
      Parameter.of("service.station.minimum-annual-funding-yuan", BigDecimal.class, BigDecimal.ZERO);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationUnderfundedRule() {
    // stateless
  }

  /**
   * Returns the last complete calendar year on a day: that day's year if it is 31 December, otherwise the previous.
   *
   * @param day the day, not null
   * @return the year as a period
   */
  static ReportingPeriod lastCompleteYear(LocalDate day) {
    boolean lastDay = day.getMonthValue() == 12 && day.getDayOfMonth() == 31;
    return ReportingPeriod.year(lastDay ? day.getYear() : day.getYear() - 1);
  }

  @Override
  public Class<SocialWorkStation> subjectType() {
    return SocialWorkStation.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MINIMUM);
  }

  @Override
  public void check(SocialWorkStation station, RuleContext context, FindingCollector out) {
    BigDecimal minimum = context.parameter(MINIMUM);
    ReportingPeriod year = lastCompleteYear(context.evaluationDate());
    if (minimum.signum() <= 0 || !year.liesWithin(Optional.of(station.openedOn()), station.closedOn())) {
      return;
    }
    Systems.of(context, station.territoryCode()).ifPresent(system -> {
      BigDecimal funding = system.recordsOf(station).stream()
          .filter(ServiceFunding.class::isInstance).map(ServiceFunding.class::cast)
          .filter(f -> year.contains(f.date())).map(ServiceFunding::amount)
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      if (!ComparisonOperator.AT_LEAST.holds(funding, minimum)) {
        out.report(Map.of("id", station.id(), "name", station.name(), "year", year.toString(),
            "funding", funding, "minimum", minimum));
      }
    });
  }
}

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A township or street without a social-work station (乡镇（街道）未建社工站). Left side: the township's stations open
 * on the evaluation date; operator: {@link ComparisonOperator#AT_LEAST}; right side: 1. Judged for townships in force
 * on that day, when the lookup holds the district's {@link io.github.jiceng.governance.core.service.ServiceSystem}.
 */
@RuleDefinition(
    id = "service.township.station-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.CONFIRMED,
        note = "reference.md §4: stations should reach basic full coverage (基本全覆盖) of townships and streets during"
            + " the 14th Five-Year Plan, that is by the end of 2025; a policy goal, hence a warning"))
public final class TownshipStationMissingRule implements Rule<Township> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public TownshipStationMissingRule() {
    // stateless
  }

  @Override
  public Class<Township> subjectType() {
    return Township.class;
  }

  @Override
  public void check(Township township, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!township.isInForceOn(day)) {
      return;
    }
    Systems.of(context, township.code()).ifPresent(system -> {
      int stations = system.stationsOf(township.code(), day).size();
      if (!ComparisonOperator.AT_LEAST.holds(stations, 1)) {
        out.report(Map.of("name", township.name(), "code", township.code().value(), "date", day));
      }
    });
  }
}

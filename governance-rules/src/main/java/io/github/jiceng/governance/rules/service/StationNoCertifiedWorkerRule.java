package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.linkage.worker.StaffingFigures;
import io.github.jiceng.governance.core.service.SocialWorkStation;
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
 * A station without a certified social worker (社工站无持证社工). Left side: the certified social workers the station
 * employs on the evaluation date; operator: {@link ComparisonOperator#AT_LEAST}; right side: 1. Judged for stations
 * open that day, when the lookup holds the district's system and the system has social-worker records at all.
 */
@RuleDefinition(
    id = "service.station.no-certified-worker",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.PROVISIONAL,
        note = "stations are staffed by resident professional social workers (reference.md §4 [C]); that each station"
            + " needs a certified one is not a national rule found in the sources [U], hence a warning"))
public final class StationNoCertifiedWorkerRule implements Rule<SocialWorkStation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationNoCertifiedWorkerRule() {
    // stateless
  }

  @Override
  public Class<SocialWorkStation> subjectType() {
    return SocialWorkStation.class;
  }

  @Override
  public void check(SocialWorkStation station, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!station.isOpenOn(day)) {
      return;
    }
    Systems.of(context, station.territoryCode()).filter(system -> !system.workers().isEmpty()).ifPresent(system -> {
      StaffingFigures staffing = system.staffing(station, day);
      if (!ComparisonOperator.AT_LEAST.holds(staffing.certified(), 1)) {
        out.report(Map.of("id", station.id(), "name", station.name(), "headcount", staffing.headcount(),
            "date", day));
      }
    });
  }
}

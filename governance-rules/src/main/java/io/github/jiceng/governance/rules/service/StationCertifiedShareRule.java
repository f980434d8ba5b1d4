package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.linkage.worker.StaffingFigures;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A station's certified share below the local standard (社工站持证率不达标). Left side: certified / employed social
 * workers of the station on the evaluation date; operator: {@link ComparisonOperator#AT_LEAST}; right side: the
 * parameter {@link #MINIMUM_PERCENT} per cent, compared with integers (certified × 100 ≥ percent × headcount; a
 * station without staff meets only 0%). The default 0 switches the rule off; {@link ServiceStandards#example} sets 60.
 */
@RuleDefinition(
    id = "service.station.certified-share-low",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_STATION_STANDARDS, confidence = Confidence.SINGLE_SOURCE,
        note = "no national standard [U]; a provincial scheme asks at least 60% certified (reference.md §4 [S, low"
            + " quality]); parameter service.station.minimum-certified-percent, default 0 (off)"))
public final class StationCertifiedShareRule implements Rule<SocialWorkStation> {
  /** The lowest certified share in per cent ("不低于"); default 0, which switches the rule off. */
  public static final Parameter<Integer> MINIMUM_PERCENT =
      Parameter.of("service.station.minimum-certified-percent", Integer.class, 0);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationCertifiedShareRule() {
    // stateless
  }

  @Override
  public Class<SocialWorkStation> subjectType() {
    return SocialWorkStation.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MINIMUM_PERCENT);
  }

  @Override
  public void check(SocialWorkStation station, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    int percent = context.parameter(MINIMUM_PERCENT);
    if (percent <= 0 || !station.isOpenOn(day)) {
      return;
    }
    Systems.of(context, station.territoryCode()).filter(system -> !system.workers().isEmpty()).ifPresent(system -> {
      StaffingFigures staffing = system.staffing(station, day);
      if (!staffing.certifiedShareAtLeast(percent, 100)) {
        out.report(Map.of("id", station.id(), "name", station.name(), "certified", staffing.certified(),
            "headcount", staffing.headcount(), "percent", percent, "date", day));
      }
    });
  }
}

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
 * A station below the local staffing standard (社工站人员配备不足). Left side: the social workers the station employs
 * on the evaluation date; operator: {@link ComparisonOperator#AT_LEAST}; right side: the parameter {@link #MINIMUM}.
 * There is no national number, so the default is 0 and the rule is off until a pack sets a local standard ({@link
 * ServiceStandards#example} sets 2). Judged for stations open that day, when the lookup holds the district's system
 * and the system has social-worker records at all.
 */
@RuleDefinition(
    id = "service.station.understaffed",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_STATION_STANDARDS, confidence = Confidence.SINGLE_SOURCE,
        note = "no national staffing standard was found [U]; local examples: 2 social workers per street station"
            + " (锦州 凌河区 [S]), at least 2 per station (a provincial scheme [S]); parameter"
            + " service.station.minimum-staff, default 0 (off)"))
public final class StationUnderstaffedRule implements Rule<SocialWorkStation> {
  /** The fewest social workers a station must employ ("不少于"); default 0, which switches the rule off. */
  public static final Parameter<Integer> MINIMUM = Parameter.of("service.station.minimum-staff", Integer.class, 0);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationUnderstaffedRule() {
    // stateless
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
    LocalDate day = context.evaluationDate();
    int minimum = context.parameter(MINIMUM);
    if (minimum <= 0 || !station.isOpenOn(day)) {
      return;
    }
    Systems.of(context, station.territoryCode()).filter(system -> !system.workers().isEmpty()).ifPresent(system -> {
      StaffingFigures staffing = system.staffing(station, day);
      if (!ComparisonOperator.AT_LEAST.holds(staffing.headcount(), minimum)) {
        out.report(Map.of("id", station.id(), "name", station.name(), "headcount", staffing.headcount(),
            "minimum", minimum, "date", day));
      }
    });
  }
}

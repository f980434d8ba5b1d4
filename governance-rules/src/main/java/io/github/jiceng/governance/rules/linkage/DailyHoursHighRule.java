package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A volunteer's records claim more than a plausible number of hours on one day, but not more than 24
 * (志愿者单日服务时长偏高): by default more than 12 hours. A plausibility warning, not a legal limit; the threshold is
 * the pack parameter {@link #MAXIMUM_PLAUSIBLE_HOURS}.
 */
@RuleDefinition(
    id = "linkage.volunteer.daily-hours-high",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
        confidence = Confidence.PROVISIONAL,
        note = "records are 真实、准确; the 12-hour threshold is a plausibility check of this library, not a legal"
            + " limit (pack parameter linkage.volunteer.daily-hours-warning)"))
public final class DailyHoursHighRule implements Rule<VolunteerServiceLog> {
  /** The most hours on one day that pass without a warning ("more than" is reported); default 12. */
  public static final Parameter<Integer> MAXIMUM_PLAUSIBLE_HOURS =
      Parameter.of("linkage.volunteer.daily-hours-warning", Integer.class, 12);
  private static final long serialVersionUID = 1L;
  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  /** Creates the rule. */
  public DailyHoursHighRule() {
    // stateless
  }

  @Override
  public Class<VolunteerServiceLog> subjectType() {
    return VolunteerServiceLog.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MAXIMUM_PLAUSIBLE_HOURS);
  }

  @Override
  public void check(VolunteerServiceLog log, RuleContext context, FindingCollector out) {
    BigDecimal limit = BigDecimal.valueOf(context.parameter(MAXIMUM_PLAUSIBLE_HOURS));
    for (Map.Entry<LocalDate, BigDecimal> day : log.hoursByDay().entrySet()) {
      BigDecimal hours = day.getValue();
      if (hours.compareTo(limit) > 0 && hours.compareTo(DAY) <= 0) {
        out.report(JsonPointer.of("records"), Map.of(
            "volunteer", log.volunteerNumber(),
            "date", day.getKey(),
            "hours", hours,
            "limit", limit,
            "records", log.recordIdsOn(day.getKey())));
      }
    }
  }
}

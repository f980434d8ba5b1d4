package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
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
import java.util.Map;

/**
 * A volunteer's records claim more than 24 hours on one day (志愿者单日服务时长超过24小时): impossible, so at least one
 * record is wrong. Each record counts towards the day it starts.
 */
@RuleDefinition(
    id = "linkage.volunteer.daily-hours-impossible",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2012, article = "志愿服务时间",
            inForceUntil = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.SINGLE_SOURCE,
            note = "service time is time actually served [S]"),
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records are 真实、准确; a day has 24 hours")})
public final class DailyHoursImpossibleRule implements Rule<VolunteerServiceLog> {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  /** Creates the rule. */
  public DailyHoursImpossibleRule() {
    // stateless
  }

  @Override
  public Class<VolunteerServiceLog> subjectType() {
    return VolunteerServiceLog.class;
  }

  @Override
  public void check(VolunteerServiceLog log, RuleContext context, FindingCollector out) {
    for (Map.Entry<LocalDate, BigDecimal> day : log.hoursByDay().entrySet()) {
      if (day.getValue().compareTo(DAY) > 0) {
        out.report(JsonPointer.of("records"), Map.of(
            "volunteer", log.volunteerNumber(),
            "date", day.getKey(),
            "hours", day.getValue(),
            "records", log.recordIdsOn(day.getKey())));
      }
    }
  }
}

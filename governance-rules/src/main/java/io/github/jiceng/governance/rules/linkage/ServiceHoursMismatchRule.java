package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/**
 * A service record's hours are not its span less its breaks (志愿服务时间与起止时间不符): service time is the time
 * actually served, excluding travel, so the recorded hours must equal end minus start less the recorded breaks,
 * exactly or rounded half-up to two decimals (100 minutes is 1.67 h). Hours longer than the whole span are reported
 * by {@code linkage.service.hours-exceed-span} instead.
 */
@RuleDefinition(
    id = "linkage.service.hours-mismatch",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2012, article = "志愿服务时间",
            inForceUntil = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.SINGLE_SOURCE,
            note = "实际提供志愿服务的时间，以小时为计量单位，不包括往返交通时间 (2012 draft, very likely final) [S];"
                + " taken to be superseded by the 2020 measures"),
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records are 真实、准确、完整; the 2020 hour-counting rule itself is not confirmed [U]")})
public final class ServiceHoursMismatchRule implements Rule<ServiceRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ServiceHoursMismatchRule() {
    // stateless
  }

  @Override
  public Class<ServiceRecord> subjectType() {
    return ServiceRecord.class;
  }

  @Override
  public void check(ServiceRecord record, RuleContext context, FindingCollector out) {
    if (ServiceHours.exceed(record.hours(), record.spanMinutes())) {
      return; // longer than the span: hours-exceed-span
    }
    long creditable = record.creditableMinutes();
    if (!ServiceHours.agree(record.hours(), creditable)) {
      out.report(JsonPointer.of("hours"), Map.of(
          "id", record.id(),
          "hours", record.hours(),
          "expected", ServiceHours.toHours(creditable),
          "span", record.spanMinutes(),
          "breaks", record.breakMinutes()));
    }
  }
}

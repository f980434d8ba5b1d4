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
 * A service record claims more hours than its span (志愿服务时间超过起止时间): no one can serve longer than from start
 * to end. Hours that are the span rounded half-up to two decimals (1.67 h for 100 minutes) are not longer.
 */
@RuleDefinition(
    id = "linkage.service.hours-exceed-span",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2012, article = "志愿服务时间",
            inForceUntil = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.SINGLE_SOURCE,
            note = "service time is time actually served [S]"),
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records are 真实、准确、完整")})
public final class ServiceHoursExceedSpanRule implements Rule<ServiceRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ServiceHoursExceedSpanRule() {
    // stateless
  }

  @Override
  public Class<ServiceRecord> subjectType() {
    return ServiceRecord.class;
  }

  @Override
  public void check(ServiceRecord record, RuleContext context, FindingCollector out) {
    if (ServiceHours.exceed(record.hours(), record.spanMinutes())) {
      out.report(JsonPointer.of("hours"), Map.of(
          "id", record.id(),
          "hours", record.hours(),
          "span", ServiceHours.toHours(record.spanMinutes()),
          "start", record.start().toString(),
          "end", record.end().toString()));
    }
  }
}

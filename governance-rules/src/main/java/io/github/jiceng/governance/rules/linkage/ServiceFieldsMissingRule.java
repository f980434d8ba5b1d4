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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A service record lacks fields the record measures require (志愿服务记录信息不完整): of the 2012 list (activity name,
 * date, place, recipients, content, service time, quality evaluation, activity leader, recorder) the model requires
 * the name, date and time; this rule reports the others when missing or blank. The 2020 measures require 志愿服务情况
 * to be recorded "真实、准确、完整"; their detailed field list is not confirmed, so the 2012 list is used.
 */
@RuleDefinition(
    id = "linkage.service.fields-missing",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2012, article = "第七条", confidence = Confidence.CONFIRMED,
            note = "活动（项目）名称、日期、地点、服务对象、服务内容、服务时间、服务质量评价、活动（项目）负责人、记录人"),
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条、第四条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records of 志愿服务情况 are 真实、准确、完整; field list of the 2020 measures [U]")})
public final class ServiceFieldsMissingRule implements Rule<ServiceRecord> {
  private static final long serialVersionUID = 1L;
  /** The fields, in their order ({@code values()} copies the array at each call). */
  private static final List<ServiceRecordField> FIELDS = List.of(ServiceRecordField.values());

  /** Creates the rule. */
  public ServiceFieldsMissingRule() {
    // stateless
  }

  @Override
  public Class<ServiceRecord> subjectType() {
    return ServiceRecord.class;
  }

  @Override
  public void check(ServiceRecord record, RuleContext context, FindingCollector out) {
    List<ServiceRecordField> missing = null;
    for (ServiceRecordField field : FIELDS) {
      if (field.isMissingIn(record)) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(field);
      }
    }
    if (missing != null) {
      JsonPointer at = missing.size() == 1 ? JsonPointer.of(missing.get(0).property()) : JsonPointer.root();
      out.report(at, Map.of("id", record.id(), "missing", missing, "count", missing.size()));
    }
  }
}

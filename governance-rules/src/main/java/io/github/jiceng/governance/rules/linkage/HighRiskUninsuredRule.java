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
 * A volunteer served in a high-risk activity without accident insurance (可能发生人身危险的志愿服务未购买保险): an
 * organisation that arranges such activities must first buy personal accident insurance for the volunteers
 * (志愿服务条例 Art 17).
 */
@RuleDefinition(
    id = "linkage.service.high-risk-uninsured",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.VOLUNTEER_REGULATION, article = "第十七条",
        inForceFrom = Instruments.VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
        note = "安排志愿者参与可能发生人身危险的志愿服务活动前，应当为志愿者购买相应的人身意外伤害保险 (reference.md §5.1)"))
public final class HighRiskUninsuredRule implements Rule<ServiceRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public HighRiskUninsuredRule() {
    // stateless
  }

  @Override
  public Class<ServiceRecord> subjectType() {
    return ServiceRecord.class;
  }

  @Override
  public void check(ServiceRecord record, RuleContext context, FindingCollector out) {
    if (record.highRisk() && record.insurancePolicy().map(String::isBlank).orElse(true)) {
      out.report(JsonPointer.of("insurancePolicy"), Map.of(
          "id", record.id(), "activity", record.activityName(), "date", record.date()));
    }
  }
}

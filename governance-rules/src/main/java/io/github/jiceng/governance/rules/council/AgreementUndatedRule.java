package io.github.jiceng.governance.rules.council;

import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.DisputeOutcome;
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
 * A dispute is recorded as settled by agreement, but the agreement has no date (调解协议未记录日期). Information: the date
 * is needed to follow the agreement up.
 */
@RuleDefinition(
    id = "council.dispute.agreement-undated",
    severity = Severity.INFO,
    basis = @Basis(instrument = "关于做好村规民约和居民公约工作的指导意见", version = "民政部等七部门 2018年",
        inForceFrom = "2018-12-27", confidence = Confidence.SINGLE_SOURCE,
        note = "reference §3.2-3.3: disputes are mediated in the village; record-keeping practice, no national rule"))
public final class AgreementUndatedRule implements Rule<DisputeCase> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public AgreementUndatedRule() {
    // stateless
  }

  @Override
  public Class<DisputeCase> subjectType() {
    return DisputeCase.class;
  }

  @Override
  public void check(DisputeCase dispute, RuleContext context, FindingCollector out) {
    if (dispute.outcome().filter(o -> o == DisputeOutcome.AGREEMENT_REACHED).isPresent()
        && dispute.agreementDate().isEmpty()) {
      out.report(JsonPointer.of("agreementDate"), Map.of("matter", dispute.matter()));
    }
  }
}

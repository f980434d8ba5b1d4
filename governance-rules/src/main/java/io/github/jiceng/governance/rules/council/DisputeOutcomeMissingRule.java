package io.github.jiceng.governance.rules.council;

import io.github.jiceng.governance.core.council.DisputeCase;
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
 * A dispute case is closed without a recorded outcome (纠纷已结案但未记录结果). A warning: councils mediate disputes
 * (调解群众纠纷 is one of the covenant content areas of the 2018 guidance; 一约四会), but no national rule for their
 * records was found.
 */
@RuleDefinition(
    id = "council.dispute.outcome-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = "关于做好村规民约和居民公约工作的指导意见", version = "民政部等七部门 2018年",
        inForceFrom = "2018-12-27", confidence = Confidence.SINGLE_SOURCE,
        note = "reference §3.2-3.3: disputes are mediated in the village (调解群众纠纷 [C]; 一约四会 [S]); a closed case"
            + " without an outcome cannot show how it was resolved"))
public final class DisputeOutcomeMissingRule implements Rule<DisputeCase> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DisputeOutcomeMissingRule() {
    // stateless
  }

  @Override
  public Class<DisputeCase> subjectType() {
    return DisputeCase.class;
  }

  @Override
  public void check(DisputeCase dispute, RuleContext context, FindingCollector out) {
    if (dispute.closed().isPresent() && dispute.outcome().isEmpty()) {
      out.report(JsonPointer.of("outcome"), Map.of("matter", dispute.matter(), "received", dispute.received(),
          "closed", dispute.closed().get()));
    }
  }
}

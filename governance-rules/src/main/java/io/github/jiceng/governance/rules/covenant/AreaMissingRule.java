package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.EnumSet;
import java.util.Set;

/**
 * A covenant has no clause in one of the five content areas of the 2018 guidance (缺少指导意见列明的内容): regulating
 * daily conduct, maintaining public order, protecting rights and interests, mediating disputes, guiding customs. One
 * finding per missing area; the guidance says a covenant "should generally include" them.
 */
@RuleDefinition(
    id = "covenant.content.area-missing",
    severity = Severity.INFO,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class AreaMissingRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public AreaMissingRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    if (record.clauses().isEmpty()) {
      return;
    }
    Set<ContentArea> covered = EnumSet.noneOf(ContentArea.class);
    record.clauses().forEach(clause -> clause.area().ifPresent(covered::add));
    for (ContentArea area : ContentArea.values()) {
      if (!covered.contains(area)) {
        out.report(JsonPointer.of("clauses"), new Args().put("area", area).put("title", record.title()).map());
      }
    }
  }
}

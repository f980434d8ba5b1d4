package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * A covenant adopted on or after 2026-01-01 was probably filed with the wrong body (备案机关可能错误), judged by the
 * bodies of the earlier texts: the revised texts' filing body is not yet confirmed (reference §9 item 1). A warning; a
 * pack that confirms the body may raise its severity.
 *
 * @see FilingWrongBodyRule
 */
@RuleDefinition(
    id = "covenant.filing.wrong-body-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalFilingWrongBodyRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalFilingWrongBodyRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    FilingBodies.check(record, out);
  }
}

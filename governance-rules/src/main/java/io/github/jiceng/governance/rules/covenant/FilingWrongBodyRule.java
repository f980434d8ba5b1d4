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
 * A covenant adopted before 2026 was filed with a body the law does not name (备案机关错误): village rules with the
 * township government (乡、民族乡、镇的人民政府, 村委会法 第二十七条); a residents' convention with the government of the
 * city without districts or of the district, or its agency, the street office (居委会法 1989 第十五条).
 *
 * @see ProvisionalFilingWrongBodyRule
 */
@RuleDefinition(
    id = "covenant.filing.wrong-body",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十七条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十五条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE)})
public final class FilingWrongBodyRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FilingWrongBodyRule() {
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

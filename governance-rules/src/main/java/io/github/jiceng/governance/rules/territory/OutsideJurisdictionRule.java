package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.territory.TerritorialUnit;
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
 * A territorial unit lies outside the jurisdiction of the rule pack that judges it (区划不在管辖范围内): a district's
 * dataset holds a village of another district, so the district's rules and lists do not apply to it.
 */
@RuleDefinition(
    id = "territory.unit.outside-jurisdiction",
    severity = Severity.ERROR,
    basis = @Basis(
        instrument = "行政区划管理条例",
        version = "国务院令第704号",
        confidence = Confidence.PROVISIONAL,
        note = "data scope: a pack judges units in its own jurisdiction; instrument not yet in shared/domain"))
public final class OutsideJurisdictionRule implements Rule<TerritorialUnit> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public OutsideJurisdictionRule() {
    // stateless
  }

  @Override
  public Class<TerritorialUnit> subjectType() {
    return TerritorialUnit.class;
  }

  @Override
  public void check(TerritorialUnit unit, RuleContext context, FindingCollector out) {
    if (!context.jurisdiction().contains(unit.code())) {
      out.report(JsonPointer.of("code"), Map.of(
          "name", unit.name(),
          "code", unit.code().value(),
          "jurisdiction", context.jurisdiction().code()));
    }
  }
}

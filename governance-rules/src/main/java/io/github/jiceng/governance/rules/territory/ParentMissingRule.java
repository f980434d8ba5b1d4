package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.Map;
import java.util.Optional;

/**
 * A township's or village's stated parent is not in the dataset (上级单位不存在). Checked only when the validator's
 * {@link RecordLookup} {@linkplain RecordLookup#covers covers} the parent's record type, that is, when the dataset
 * holds districts (for townships) or townships (for villages) at all; otherwise nothing can be said.
 */
@RuleDefinition(
    id = "territory.unit.parent-missing",
    severity = Severity.ERROR,
    basis = @Basis(
        instrument = "国家统计局 统计用区划代码",
        article = "代码结构：县级6位 + 乡级3位 + 村级3位",
        confidence = Confidence.CONFIRMED,
        note = "every township-level unit lies in a county, every village-level unit in a township"))
public final class ParentMissingRule implements Rule<TerritorialUnit> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ParentMissingRule() {
    // stateless
  }

  @Override
  public Class<TerritorialUnit> subjectType() {
    return TerritorialUnit.class;
  }

  @Override
  public void check(TerritorialUnit unit, RuleContext context, FindingCollector out) {
    Optional<DivisionCode> parent = unit.parentCode();
    if (parent.isEmpty()) {
      return;
    }
    boolean isTownship = unit instanceof Township;
    String parentType = isTownship ? "district" : "township";
    RecordLookup lookup = context.lookup();
    if (lookup.covers(parentType) && lookup.find(Subject.of(parentType, parent.get().value())).isEmpty()) {
      out.report(JsonPointer.of(isTownship ? "districtCode" : "townshipCode"), Map.of(
          "name", unit.name(),
          "code", unit.code().value(),
          "parent", parent.get().value()));
    }
  }
}

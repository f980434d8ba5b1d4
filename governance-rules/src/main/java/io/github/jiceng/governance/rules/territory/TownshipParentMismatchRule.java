package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.territory.Township;
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
 * A township's stated district is not the county-level division its code lies under (乡镇（街道）所属区县与代码不符): the
 * first six digits of a township's statistical division code are its county's GB/T 2260 code.
 */
@RuleDefinition(
    id = "territory.township.parent-mismatch",
    severity = Severity.ERROR,
    basis = @Basis(
        instrument = "国家统计局 统计用区划代码",
        article = "代码结构：县级6位 + 乡级3位 + 村级3位",
        confidence = Confidence.CONFIRMED,
        note = "shared/domain/reference.md §7.3: the 12-digit structure is confirmed by the published code tables"))
public final class TownshipParentMismatchRule implements Rule<Township> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public TownshipParentMismatchRule() {
    // stateless
  }

  @Override
  public Class<Township> subjectType() {
    return Township.class;
  }

  @Override
  public void check(Township township, RuleContext context, FindingCollector out) {
    DivisionCode byCode = township.code().ancestorAt(DivisionLevel.COUNTY);
    if (!township.districtCode().equals(byCode)) {
      out.report(JsonPointer.of("districtCode"), Map.of(
          "name", township.name(),
          "code", township.code().value(),
          "statedDistrict", township.districtCode().gbCode(),
          "codeDistrict", byCode.gbCode()));
    }
  }
}

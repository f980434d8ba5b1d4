package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.territory.Village;
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
 * A village-level unit's stated township is not the township its code lies under (村级单位所属乡镇与代码不符): the first
 * nine digits of a 12-digit statistical division code are its township's code.
 */
@RuleDefinition(
    id = "territory.village.parent-mismatch",
    severity = Severity.ERROR,
    basis = @Basis(
        instrument = "国家统计局 统计用区划代码",
        article = "代码结构：县级6位 + 乡级3位 + 村级3位",
        confidence = Confidence.CONFIRMED,
        note = "shared/domain/reference.md §7.3: the 12-digit structure is confirmed by the published code tables"))
public final class VillageParentMismatchRule implements Rule<Village> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public VillageParentMismatchRule() {
    // stateless
  }

  @Override
  public Class<Village> subjectType() {
    return Village.class;
  }

  @Override
  public void check(Village village, RuleContext context, FindingCollector out) {
    DivisionCode stated = village.townshipCode();
    if (stated.level() == DivisionLevel.TOWNSHIP && stated.isAncestorOf(village.code())) {
      return; // the code's township part is the stated township (the common case, checked without making a code)
    }
    DivisionCode byCode = village.code().ancestorAt(DivisionLevel.TOWNSHIP);
    if (!stated.equals(byCode)) {
      out.report(JsonPointer.of("townshipCode"), Map.of(
          "name", village.name(),
          "code", village.code().value(),
          "statedTownship", village.townshipCode().value(),
          "codeTownship", byCode.value()));
    }
  }
}

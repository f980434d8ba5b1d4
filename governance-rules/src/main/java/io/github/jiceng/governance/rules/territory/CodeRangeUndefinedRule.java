package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
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
 * A township or village code lies in a range that GB/T 10114 does not define (区划代码不在已定义的代码段内): township
 * digits 300-399 or 600-999, village digits 400-999. Such codes occur (virtual communities, reorganised areas) but
 * deserve a look.
 */
@RuleDefinition(
    id = "territory.unit.code-range-undefined",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB/T 10114 县级以下行政区划代码编制规则",
        article = "乡级、村级代码段",
        confidence = Confidence.SINGLE_SOURCE,
        note = "shared/domain/reference.md §7.3 [S]"))
public final class CodeRangeUndefinedRule implements Rule<TerritorialUnit> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText TOWNSHIP_PART = BilingualText.of("乡级", "township");
  private static final BilingualText VILLAGE_PART = BilingualText.of("村级", "village");

  /** Creates the rule. */
  public CodeRangeUndefinedRule() {
    // stateless
  }

  @Override
  public Class<TerritorialUnit> subjectType() {
    return TerritorialUnit.class;
  }

  @Override
  public void check(TerritorialUnit unit, RuleContext context, FindingCollector out) {
    boolean township = unit.code().townshipKind().filter(k -> k == TownshipKind.OTHER).isPresent();
    boolean village = unit.code().villageKind().filter(k -> k == VillageKind.OTHER).isPresent();
    if (township || village) {
      out.report(JsonPointer.of("code"), Map.of(
          "name", unit.name(),
          "code", unit.code().value(),
          "part", township ? TOWNSHIP_PART : VILLAGE_PART));
    }
  }
}

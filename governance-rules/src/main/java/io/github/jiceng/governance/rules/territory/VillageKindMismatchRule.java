package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.id.VillageKind;
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
 * A village-level unit's stated kind disagrees with its code range (村级单位类型与代码段不符): village digits 001-199
 * are residents' committees (社区), 200-399 villagers' committees (村). A warning: the ranges come from a secondary
 * source, and real data has exceptions after reorganisations.
 */
@RuleDefinition(
    id = "territory.village.kind-mismatch",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB/T 10114 县级以下行政区划代码编制规则",
        article = "村级代码段：001-199 居民委员会，200-399 村民委员会",
        confidence = Confidence.SINGLE_SOURCE,
        note = "shared/domain/reference.md §7.3 [S]: consistent with published sample codes"))
public final class VillageKindMismatchRule implements Rule<Village> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public VillageKindMismatchRule() {
    // stateless
  }

  @Override
  public Class<Village> subjectType() {
    return Village.class;
  }

  @Override
  public void check(Village village, RuleContext context, FindingCollector out) {
    VillageKind byCode = village.code().villageKind().orElseThrow();
    if (byCode != VillageKind.OTHER && village.kind() != byCode) {
      out.report(JsonPointer.of("kind"), Map.of(
          "name", village.name(),
          "code", village.code().value(),
          "statedKind", village.kind(),
          "codeKind", byCode));
    }
  }
}

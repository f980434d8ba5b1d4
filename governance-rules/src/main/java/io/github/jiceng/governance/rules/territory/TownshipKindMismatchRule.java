package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.core.id.TownshipKind;
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
 * A township's stated kind disagrees with its code range (乡镇（街道）类型与代码段不符): township digits 001-099 are
 * streets (街道), 100-199 towns (镇), 200-299 townships (乡), 400-599 special areas.
 */
@RuleDefinition(
    id = "territory.township.kind-mismatch",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB/T 10114 县级以下行政区划代码编制规则",
        article = "乡级代码段：001-099 街道，100-199 镇，200-299 乡，400-599 特殊区域",
        confidence = Confidence.SINGLE_SOURCE,
        note = "shared/domain/reference.md §7.3 [S]: from code comments of public code-table projects"))
public final class TownshipKindMismatchRule implements Rule<Township> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public TownshipKindMismatchRule() {
    // stateless
  }

  @Override
  public Class<Township> subjectType() {
    return Township.class;
  }

  @Override
  public void check(Township township, RuleContext context, FindingCollector out) {
    TownshipKind byCode = township.code().townshipKind().orElseThrow();
    if (byCode != TownshipKind.OTHER && township.kind() != byCode) {
      out.report(JsonPointer.of("kind"), Map.of(
          "name", township.name(),
          "code", township.code().value(),
          "statedKind", township.kind(),
          "codeKind", byCode));
    }
  }
}

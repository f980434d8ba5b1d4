package io.github.jiceng.governance.rules.id;

import io.github.jiceng.governance.core.id.IdentifierProblem;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
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
 * A credit code's final check character is wrong (统一社会信用代码校验码错误). Only codes read with {@link
 * UnifiedSocialCreditCode#parseLenient} can reach a rule with this defect: some codes issued in early pilot areas are
 * legal but fail the check, so this is a warning, for a person to confirm against the registration certificate.
 */
@RuleDefinition(
    id = "id.uscc.check-character",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB 32100-2015 法人和其他组织统一社会信用代码编码规则",
        article = "校验码（第18位）",
        inForceFrom = "2015-10-01",
        confidence = Confidence.CONFIRMED,
        note = "shared/domain/identifiers.md; early pilot-area codes fail the check [S]"))
public final class CreditCodeCheckCharacterRule implements Rule<UnifiedSocialCreditCode> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CreditCodeCheckCharacterRule() {
    // stateless
  }

  @Override
  public Class<UnifiedSocialCreditCode> subjectType() {
    return UnifiedSocialCreditCode.class;
  }

  @Override
  public void check(UnifiedSocialCreditCode code, RuleContext context, FindingCollector out) {
    if (code.failedChecks().contains(IdentifierProblem.CHECK_CHARACTER)) {
      String first17 = code.value().substring(0, 17);
      out.report(JsonPointer.root(), Map.of(
          "code", code.value(),
          "found", String.valueOf(code.checkCharacter()),
          "expected", String.valueOf(UnifiedSocialCreditCode.checkCharacterOf(first17))));
    }
  }
}

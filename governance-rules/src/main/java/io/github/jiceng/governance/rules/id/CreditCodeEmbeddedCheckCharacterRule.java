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
 * The organisation code embedded in a credit code (characters 9-17, GB 11714) has a wrong check character
 * (统一社会信用代码内嵌组织机构代码校验码错误). Reached only by codes read leniently; a warning, as for {@link
 * CreditCodeCheckCharacterRule}.
 */
@RuleDefinition(
    id = "id.uscc.embedded-check-character",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB 11714 全国组织机构代码编制规则",
        article = "校验码（第9位）",
        confidence = Confidence.SINGLE_SOURCE,
        note = "shared/domain/identifiers.md; weights 3,7,9,10,5,8,4,2 [S: code]"))
public final class CreditCodeEmbeddedCheckCharacterRule implements Rule<UnifiedSocialCreditCode> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CreditCodeEmbeddedCheckCharacterRule() {
    // stateless
  }

  @Override
  public Class<UnifiedSocialCreditCode> subjectType() {
    return UnifiedSocialCreditCode.class;
  }

  @Override
  public void check(UnifiedSocialCreditCode code, RuleContext context, FindingCollector out) {
    if (code.failedChecks().contains(IdentifierProblem.EMBEDDED_CHECK_CHARACTER)) {
      String organisationCode = code.organisationCode();
      out.report(JsonPointer.root(), Map.of(
          "code", code.value(),
          "organisationCode", organisationCode,
          "found", String.valueOf(organisationCode.charAt(8)),
          "expected", String.valueOf(
              UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(organisationCode.substring(0, 8)))));
    }
  }
}

package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.id.OrganisationCategory;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * A registered social organisation's kind disagrees with its credit code's prefix (社会组织类型与统一社会信用代码不符):
 * social groups' codes start with 51, social service organisations' with 52, foundations' with 53 (GB 32100-2015:
 * registration authority 5 民政, categories 1, 2, 3).
 */
@RuleDefinition(
    id = "linkage.organisation.kind-code-mismatch",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.CREDIT_CODE_STANDARD, article = "登记管理部门代码和机构类别代码（第1-2位）",
        inForceFrom = "2015-10-01", confidence = Confidence.CONFIRMED,
        note = "reference.md §7.2: under 民政 (5), 1 社会团体, 2 民办非企业单位, 3 基金会"))
public final class OrganisationKindCodeMismatchRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public OrganisationKindCodeMismatchRule() {
    // stateless
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    Optional<OrganisationCategory> expected = organisation.kind().creditCodeCategory();
    if (expected.isEmpty() || organisation.creditCode().isEmpty()) {
      return; // a filed organisation's code is another rule's concern
    }
    UnifiedSocialCreditCode code = organisation.creditCode().get();
    if (!code.value().startsWith(expected.get().prefix())) {
      out.report(JsonPointer.of("creditCode"), Map.of(
          "name", organisation.name(),
          "kind", organisation.kind(),
          "code", code.value(),
          "prefix", code.value().substring(0, 2),
          "expectedPrefix", expected.get().prefix()));
    }
  }
}

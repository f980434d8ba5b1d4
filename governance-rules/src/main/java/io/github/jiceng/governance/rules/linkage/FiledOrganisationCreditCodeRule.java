package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
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
 * A filed community social organisation has a credit code (备案的社区社会组织登记了统一社会信用代码): a filed organisation is
 * not registered and has no legal personality, so it has no unified social credit code; a code in its record belongs
 * to another body (often the committee that hosts it) or the organisation is in fact registered.
 */
@RuleDefinition(
    id = "linkage.organisation.filed-with-credit-code",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.COMMUNITY_ORGANISATION_OPINION, article = "分类管理",
            confidence = Confidence.CONFIRMED,
            note = "reference.md §6.1: organisations that do not meet registration conditions are filed with the street"
                + " or township; provincial filing rules (e.g. 豫民文〔2021〕235号) say they have no legal personality"),
        @Basis(instrument = Instruments.CREDIT_CODE_STANDARD, inForceFrom = "2015-10-01",
            confidence = Confidence.SINGLE_SOURCE,
            note = "codes are issued on registration to legal persons and other registered organisations")})
public final class FiledOrganisationCreditCodeRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FiledOrganisationCreditCodeRule() {
    // stateless
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    if (organisation.kind() == SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION
        && organisation.creditCode().isPresent()) {
      out.report(JsonPointer.of("creditCode"), Map.of(
          "name", organisation.name(), "code", organisation.creditCode().get().value()));
    }
  }
}

package io.github.jiceng.governance.rules.linkage;

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

/**
 * A registered social organisation has no credit code in its record (已登记社会组织缺少统一社会信用代码): every
 * registered social group, social service organisation and foundation has had a unified social credit code since the
 * codes replaced the old registration numbers. A warning, because older records may lack it.
 */
@RuleDefinition(
    id = "linkage.organisation.credit-code-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.CREDIT_CODE_STANDARD, inForceFrom = "2015-10-01",
        confidence = Confidence.CONFIRMED, note = "reference.md §7.2: registered social organisations have codes 51/52/53"))
public final class OrganisationCreditCodeMissingRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public OrganisationCreditCodeMissingRule() {
    // stateless
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    if (organisation.kind().isRegistered() && organisation.creditCode().isEmpty()) {
      out.report(JsonPointer.of("creditCode"), Map.of("name", organisation.name(), "kind", organisation.kind()));
    }
  }
}

package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
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
 * An organisation's stated legal status disagrees with its kind (社会组织法律地位与类型不符): a filed community social
 * organisation presented as a registered legal person, or a registered social group, social service organisation or
 * foundation presented as merely filed.
 */
@RuleDefinition(
    id = "linkage.organisation.legal-status-mismatch",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.COMMUNITY_ORGANISATION_OPINION, article = "分类管理",
        confidence = Confidence.CONFIRMED,
        note = "reference.md §6.1: a filed community social organisation may act lawfully but has no independent"
            + " legal-person status (豫民文〔2021〕235号)"))
public final class LegalStatusMismatchRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public LegalStatusMismatchRule() {
    // stateless
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    boolean filedKind = !organisation.kind().isRegistered();
    boolean filedStatus = organisation.legalStatus() == LegalStatus.FILED;
    if (filedKind != filedStatus) {
      out.report(JsonPointer.of("legalStatus"), Map.of(
          "name", organisation.name(), "kind", organisation.kind(), "status", organisation.legalStatus()));
    }
  }
}

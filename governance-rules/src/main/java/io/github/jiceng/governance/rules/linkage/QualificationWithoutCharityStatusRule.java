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
 * An organisation holds a public-fundraising qualification without being a charity organisation (非慈善组织持有公开募捐
 * 资格): only charity organisations may apply for the qualification (慈善法 Art 22).
 */
@RuleDefinition(
    id = "linkage.organisation.qualification-without-charity-status",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED, note = "慈善组织开展公开募捐，应当取得公开募捐资格"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2 [C]; in force 2024-09-05 (text header of the amended law)")})
public final class QualificationWithoutCharityStatusRule implements Rule<SocialOrganisation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public QualificationWithoutCharityStatusRule() {
    // stateless
  }

  @Override
  public Class<SocialOrganisation> subjectType() {
    return SocialOrganisation.class;
  }

  @Override
  public void check(SocialOrganisation organisation, RuleContext context, FindingCollector out) {
    if (organisation.publicFundraising().isPresent() && !organisation.isCharity()) {
      out.report(JsonPointer.of("publicFundraising"), Map.of(
          "name", organisation.name(), "granted", organisation.publicFundraising().get().grantedOn()));
    }
  }
}

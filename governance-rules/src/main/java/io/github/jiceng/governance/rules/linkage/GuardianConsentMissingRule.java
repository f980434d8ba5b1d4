package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
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
 * A minor registered as a volunteer without a guardian's consent (未成年人注册志愿者无监护人同意): in Chongqing, minors
 * with limited civil capacity take part in volunteer service with their guardian's consent or in their company
 * (重庆市志愿服务条例 Art 9). Judged on the registration day. A Chongqing rule: the Chongqing pack adds it.
 */
@RuleDefinition(
    id = "linkage.volunteer.guardian-consent-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.CHONGQING_VOLUNTEER_REGULATION, article = "第九条",
        inForceFrom = Instruments.CHONGQING_VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
        note = "reference.md §5.3: minors take part with guardian consent or company"))
public final class GuardianConsentMissingRule implements Rule<Volunteer> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public GuardianConsentMissingRule() {
    // stateless
  }

  @Override
  public Class<Volunteer> subjectType() {
    return Volunteer.class;
  }

  @Override
  public void check(Volunteer volunteer, RuleContext context, FindingCollector out) {
    if (volunteer.isMinorOn(volunteer.registeredOn()) && volunteer.guardianConsent().isEmpty()) {
      out.report(JsonPointer.of("guardianConsent"), Map.of(
          "volunteer", volunteer.volunteerNumber(),
          "age", volunteer.ageOn(volunteer.registeredOn()),
          "registered", volunteer.registeredOn()));
    }
  }
}

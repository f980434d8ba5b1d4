package io.github.jiceng.governance.rules.id;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
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
 * A credit code was issued by a registering authority outside the jurisdiction (统一社会信用代码登记机关不在管辖范围内):
 * characters 3-8 give the division of the authority that registered the organisation, which should lie in the
 * jurisdiction (a district's own bureau or a township under it) or above it (the city or the country, whose bureaus
 * also register organisations active in the district). A warning: an organisation registered elsewhere may lawfully
 * work here, but in a district's register of its own organisations it is usually an error.
 */
@RuleDefinition(
    id = "id.uscc.division-outside-jurisdiction",
    severity = Severity.WARNING,
    basis = @Basis(
        instrument = "GB 32100-2015 法人和其他组织统一社会信用代码编码规则",
        article = "登记管理机关行政区划码（第3-8位）",
        inForceFrom = "2015-10-01",
        confidence = Confidence.CONFIRMED,
        note = "shared/domain/identifiers.md: the division part should lie in or above the registering district"))
public final class CreditCodeOutsideJurisdictionRule implements Rule<UnifiedSocialCreditCode> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CreditCodeOutsideJurisdictionRule() {
    // stateless
  }

  @Override
  public Class<UnifiedSocialCreditCode> subjectType() {
    return UnifiedSocialCreditCode.class;
  }

  @Override
  public void check(UnifiedSocialCreditCode code, RuleContext context, FindingCollector out) {
    Jurisdiction jurisdiction = context.jurisdiction();
    Optional<DivisionCode> registered = code.registrationDivision();
    if (jurisdiction.isNational() || registered.isEmpty()) {
      return; // the national jurisdiction contains everything; "100000" is a national registration
    }
    DivisionCode division = registered.get();
    DivisionCode own = jurisdiction.division().orElseThrow();
    if (!own.contains(division) && !division.isAncestorOf(own)) {
      out.report(JsonPointer.root(), Map.of(
          "code", code.value(),
          "division", code.divisionPart(),
          "jurisdiction", jurisdiction.code()));
    }
  }
}

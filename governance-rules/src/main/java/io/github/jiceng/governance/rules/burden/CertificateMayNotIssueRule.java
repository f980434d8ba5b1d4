package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.ListedItem;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A certificate on the district's list of certificates the community may not issue (不得出具的证明事项), such as
 * 巴南区's 亲属关系证明: named as such, with the list item.
 */
@RuleDefinition(
    id = "burden.certificate.may-not-issue",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.BANAN_2024, confidence = Confidence.SINGLE_SOURCE,
        note = "32 certificates the community may not issue, such as 亲属关系证明、居民养犬证明、无犯罪记录证明"))
public final class CertificateMayNotIssueRule implements Rule<CertificateRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CertificateMayNotIssueRule() {
    // stateless
  }

  @Override
  public Class<CertificateRequest> subjectType() {
    return CertificateRequest.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return Lists.PARAMETERS;
  }

  @Override
  public void check(CertificateRequest request, RuleContext context, FindingCollector out) {
    CertificateCheck check = CertificateCheck.of(request, context);
    if (!check.prohibited().isEmpty()) {
      ListedItem item = check.prohibited().get(0);
      out.report(JsonPointer.of("certificate"), Map.of(
          "certificate", request.certificate(),
          "community", request.community().value(),
          "id", item.item().id(),
          "catalogue", item.catalogue().ref()));
    }
  }
}

package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.CertificateRequest;
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
 * A certificate that is not on the certificate list in force must not be issued (清单外证明不得出具). Not reported
 * when no certificate list is in force (see {@code burden.certificate.no-lists}) or when the certificate is on a "may
 * not issue" list (see {@code burden.certificate.may-not-issue}).
 */
@RuleDefinition(
    id = "burden.certificate.not-listed",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
            confidence = Confidence.CONFIRMED, note = "certificates 依规便民; published 2022-08-22"),
        @Basis(instrument = Instruments.CQ_CERTIFICATES_2019, version = "2019", confidence = Confidence.CONFIRMED,
            note = "Chongqing's certificate list; a dynamic list since 2024 [S]")})
public final class CertificateNotListedRule implements Rule<CertificateRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CertificateNotListedRule() {
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
    if (check.hasCertificateList() && check.prohibited().isEmpty() && check.allowed().isEmpty()) {
      out.report(JsonPointer.of("certificate"), Map.of(
          "certificate", request.certificate(),
          "community", request.community().value(),
          "catalogue", check.lists().ref()));
    }
  }
}

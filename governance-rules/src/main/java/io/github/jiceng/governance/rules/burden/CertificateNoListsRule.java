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
 * No list of certificates the community may issue is in force for the community on the request's date, so the
 * request cannot be checked against one (无现行证明事项清单). A certificate on a "may not issue" list is still
 * reported by {@code burden.certificate.may-not-issue}.
 */
@RuleDefinition(
    id = "burden.certificate.no-lists",
    severity = Severity.INFO,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED, note = "certificate lists are set locally"))
public final class CertificateNoListsRule implements Rule<CertificateRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CertificateNoListsRule() {
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
    if (!check.hasCertificateList() && check.prohibited().isEmpty()) {
      out.report(JsonPointer.of("community"), Map.of(
          "community", request.community().value(),
          "date", context.evaluationDate()));
    }
  }
}

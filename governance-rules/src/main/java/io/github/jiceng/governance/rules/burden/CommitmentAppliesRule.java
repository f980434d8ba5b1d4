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
import java.util.Optional;

/**
 * A listed certificate that a written commitment of the applicant replaces (告知承诺制): the community may tell the
 * resident that a commitment suffices instead of issuing the certificate.
 */
@RuleDefinition(
    id = "burden.certificate.commitment-applies",
    severity = Severity.INFO,
    basis = @Basis(instrument = Instruments.CQ_ADMISSION_2024, version = "2024", confidence = Confidence.SINGLE_SOURCE,
        note = "告知承诺制 city-wide and a dynamic certificate list; which certificates it replaces is data"))
public final class CommitmentAppliesRule implements Rule<CertificateRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitmentAppliesRule() {
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
      return;
    }
    Optional<ListedItem> item = check.allowed().stream().filter(i -> i.item().commitmentReplaces()).findFirst();
    item.ifPresent(listed -> out.report(JsonPointer.of("certificate"), Map.of(
        "certificate", request.certificate(),
        "id", listed.item().id(),
        "catalogue", listed.catalogue().ref())));
  }
}

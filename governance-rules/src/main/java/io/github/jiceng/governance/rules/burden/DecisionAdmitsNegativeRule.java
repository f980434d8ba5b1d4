package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded decision admits a task that is on the negative list (准入决定准予负面清单事项). The request is found
 * through the validator's lookup; the lists are those in force on the request's date.
 */
@RuleDefinition(
    id = "burden.decision.admits-negative",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
            confidence = Confidence.CONFIRMED, note = "published 2022-08-22"),
        @Basis(instrument = Instruments.CQ_ITEMS_2019, version = "2019", confidence = Confidence.CONFIRMED,
            note = "Chongqing's negative list")})
public final class DecisionAdmitsNegativeRule implements Rule<AdmissionDecision> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DecisionAdmitsNegativeRule() {
    // stateless
  }

  @Override
  public Class<AdmissionDecision> subjectType() {
    return AdmissionDecision.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return Lists.PARAMETERS;
  }

  @Override
  public void check(AdmissionDecision decision, RuleContext context, FindingCollector out) {
    if (!decision.outcome().isAdmitted()) {
      return;
    }
    Optional<AdmissionRequest> request = context.lookup()
        .find(Subject.of(Lists.ADMISSION_REQUEST, decision.requestId()), AdmissionRequest.class);
    if (request.isEmpty()) {
      return;
    }
    for (TargetGroup group : TargetGroup.of(request.get(), Lists.catalogues(context), request.get().date())) {
      if (group.match().isNegative()) {
        out.report(JsonPointer.of("outcome"), Map.of(
            "request", decision.requestId(),
            "outcome", decision.outcome(),
            "items", group.describe(ListKind.NEGATIVE),
            "catalogue", group.lists().ref()));
      }
    }
  }
}

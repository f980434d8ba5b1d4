package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.FundingOffer;
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
 * A task applied for that is not on the assistance list (清单外事项): it cannot be admitted on the list; it can only
 * be bought as a service (政府购买服务) or added to the lists by the approving level. Not reported when the request
 * already offers purchase of services, when the task is ordered by administrative command (an error of its own), or
 * when it is on the negative list.
 */
@RuleDefinition(
    id = "burden.admission.not-listed",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.CQ_ASSIST_2021, version = "2021-03-18", confidence = Confidence.CONFIRMED,
        note = "work outside the list that must reach villages or communities may be done by 政府购买服务; the"
            + " self-governing organisation may refuse it"))
public final class NotListedRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NotListedRule() {
    // stateless
  }

  @Override
  public Class<AdmissionRequest> subjectType() {
    return AdmissionRequest.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return Lists.PARAMETERS;
  }

  @Override
  public void check(AdmissionRequest request, RuleContext context, FindingCollector out) {
    if (request.mode() != AssignmentMode.APPLICATION || request.funding() == FundingOffer.PURCHASE_OF_SERVICES) {
      return;
    }
    for (TargetGroup group : Lists.groups(request, context)) {
      if (group.hasWorkLists() && group.isUnlisted()) {
        AdmissionOutcome outcome = request.proposesListAddition()
            ? AdmissionOutcome.REFERRED_FOR_APPROVAL : AdmissionOutcome.REFUSED;
        out.report(JsonPointer.of("task"), Map.of(
            "task", request.task(),
            "catalogue", group.lists().ref(),
            "targets", group.targetCodes(),
            "approver", Lists.text(AdmissionReview.approver(request, group)),
            "outcome", outcome));
      }
    }
  }
}

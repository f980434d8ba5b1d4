package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
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
 * A task outside the assistance list is ordered by administrative command (以行政命令方式交办清单外事项): departments
 * may not do this, and the village or community may refuse. Not reported for a negative-list task, which has its own
 * error.
 */
@RuleDefinition(
    id = "burden.admission.unlisted-order",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.CQ_ASSIST_2021, version = "2021-03-18", confidence = Confidence.CONFIRMED,
        note = "matters outside the list: 区县 departments may not order them 以行政命令方式, and the self-governing"
            + " organisation 有权拒绝"))
public final class UnlistedOrderRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public UnlistedOrderRule() {
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
    if (request.mode() != AssignmentMode.ADMINISTRATIVE_ORDER) {
      return;
    }
    for (TargetGroup group : Lists.groups(request, context)) {
      if (group.hasWorkLists() && group.isUnlisted()) {
        out.report(JsonPointer.of("mode"), Map.of(
            "task", request.task(),
            "department", request.requestingDepartment(),
            "catalogue", group.lists().ref(),
            "targets", group.targetCodes()));
      }
    }
  }
}

package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
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
 * A request names list items that are on no list in force for its targets on its date (所称清单事项不存在): a
 * mistyped id, an item of another district, or one dropped in a later version.
 */
@RuleDefinition(
    id = "burden.admission.unknown-item",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED,
        note = "work items are to be 权责明晰 by lists; a claim must name an item of the lists in force"))
public final class UnknownItemRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public UnknownItemRule() {
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
    for (TargetGroup group : Lists.groups(request, context)) {
      if (group.hasWorkLists() && !group.match().unknownIds().isEmpty()) {
        out.report(JsonPointer.of("itemIds"), Map.of(
            "ids", group.match().unknownIds(),
            "catalogue", group.lists().ref(),
            "date", context.evaluationDate(),
            "targets", group.targetCodes()));
      }
    }
  }
}

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
 * No work-item lists (neither an assistance nor a negative list) are in force for a request's targets on its date,
 * so the request cannot be checked against them (无现行清单). The national pack has no catalogues: set {@link
 * BurdenParameters#CATALOGUES} to check requests.
 */
@RuleDefinition(
    id = "burden.admission.no-lists",
    severity = Severity.INFO,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED, note = "the lists are set by each province, city or district"))
public final class NoListsRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NoListsRule() {
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
      if (!group.hasWorkLists()) {
        out.report(JsonPointer.of("targets"), Map.of(
            "date", context.evaluationDate(),
            "targets", group.targetCodes()));
      }
    }
  }
}

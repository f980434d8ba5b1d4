package io.github.jiceng.governance.rules.burden;

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
import java.util.List;
import java.util.Map;

/**
 * A task on the negative list cannot be admitted (负面清单事项不得准入), whatever else the request claims: an
 * assistance item id, funding or a legal basis change nothing. The task falls under a negative item when the request
 * names its id or the task's name is the item's name.
 */
@RuleDefinition(
    id = "burden.admission.negative-list",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
            confidence = Confidence.CONFIRMED,
            note = "published 2022-08-22; the typical provincial lists include a negative (减负) list"),
        @Basis(instrument = Instruments.CQ_ITEMS_2019, version = "2019", confidence = Confidence.CONFIRMED,
            note = "sets up Chongqing's negative list (负面事项清单); the list's items come from the catalogue")})
public final class NegativeListRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NegativeListRule() {
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
      if (group.match().isNegative()) {
        out.report(JsonPointer.of("task"), Map.of(
            "task", request.task(),
            "items", group.describe(ListKind.NEGATIVE),
            "catalogue", group.lists().ref(),
            "targets", group.targetCodes()));
      }
    }
  }
}

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
 * An assistance task comes without funding (协助事项经费未随事转): the department that entrusts work to the village or
 * community bears its cost (权随责走、费随事转). Not reported when every matched item is listed as needing no funding,
 * or when the task is on the negative list.
 */
@RuleDefinition(
    id = "burden.admission.funding-missing",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.VILLAGE_LAW, article = "第三十七条", version = "2018年修正",
            inForceUntil = "2026-01-01", confidence = Confidence.CONFIRMED,
            note = "人民政府有关部门委托村民委员会开展工作需要经费的，由委托部门承担 [LRB]; article numbers shift in the"
                + " amendment in force from 2026-01-01"),
        @Basis(instrument = Instruments.RESIDENT_LAW, article = "第二十条", version = "2018年修正",
            inForceUntil = "2026-01-01", confidence = Confidence.CONFIRMED,
            note = "departments' work that needs the residents' committee must be agreed and arranged by the city or"
                + " district government; the funding principle itself is in the Chongqing sources"),
        @Basis(instrument = Instruments.VILLAGE_LAW, version = "2025年修正", inForceFrom = "2026-01-01",
            confidence = Confidence.PROVISIONAL,
            note = "the amended text was not read; the article on entrusted work and its funding is to be checked"),
        @Basis(instrument = Instruments.RESIDENT_LAW, version = "2025年修订", inForceFrom = "2026-01-01",
            confidence = Confidence.SINGLE_SOURCE,
            note = "委托部门承担经费 per the 2025 draft description (新华社 2025-06-24); article number not checked"),
        @Basis(instrument = Instruments.CQ_VILLAGE_MEASURES, article = "第十八条", version = "2013",
            confidence = Confidence.CONFIRMED, note = "the entrusting department pays"),
        @Basis(instrument = Instruments.CQ_ASSIST_2021, version = "2021-03-18", confidence = Confidence.CONFIRMED,
            note = "principle 权随责走、费随事转")})
public final class FundingMissingRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FundingMissingRule() {
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
      if (!group.match().isNegative() && group.match().isAssistance()
          && AdmissionReview.needsFunding(request, group.match().on(ListKind.ASSIST_GOVERNMENT))) {
        out.report(JsonPointer.of("funding"), Map.of(
            "task", request.task(),
            "items", group.describe(ListKind.ASSIST_GOVERNMENT),
            "funding", request.funding(),
            "catalogue", group.lists().ref()));
      }
    }
  }
}

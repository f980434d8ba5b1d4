package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionStepKind;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A step of the adoption procedure is dated before a step that must precede it (程序步骤顺序错误): opinions, draft,
 * review, vote and filing follow each other in that order (the 2018 guidance's five steps; a covenant is filed after
 * the meeting has made it, 村委会法 第二十七条), and publication follows the vote. Steps on the same day are in order.
 * Publication before filing is {@code covenant.publication.before-filing}.
 */
@RuleDefinition(
    id = "covenant.adoption.step-order",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十七条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十五条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE)})
public final class StepOrderRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StepOrderRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    record.adoption().ifPresent(adoption -> {
      Map<AdoptionStepKind, LocalDate> steps = adoption.datedSteps();
      AdoptionStepKind latestStep = null;
      LocalDate latest = null;
      for (Map.Entry<AdoptionStepKind, LocalDate> step : steps.entrySet()) {
        AdoptionStepKind kind = step.getKey();
        boolean publication = kind == AdoptionStepKind.PUBLICATION;
        AdoptionStepKind vote = steps.containsKey(AdoptionStepKind.VOTE) ? AdoptionStepKind.VOTE : null;
        AdoptionStepKind before = publication ? vote : latestStep;
        LocalDate beforeDate = publication ? steps.get(AdoptionStepKind.VOTE) : latest;
        if (before != null && step.getValue().isBefore(beforeDate)) {
          out.report(JsonPointer.of("adoption", Args.field(kind), Args.dateField(kind)), new Args()
              .put("step", kind).put("date", step.getValue()).put("previous", before).put("previousDate", beforeDate)
              .map());
        }
        if (!publication && (latest == null || !step.getValue().isBefore(latest))) {
          latestStep = kind;
          latest = step.getValue();
        }
      }
    });
  }
}

package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Resolution;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.Optional;

/** The decision-threshold check shared by the confirmed and the provisional rule. */
final class DecisionCheck {
  private DecisionCheck() {
  }

  /** The decision threshold (of those present) on the meeting's date, or empty if the law sets none then. */
  static Optional<Applied<Threshold>> threshold(Meeting meeting, RuleContext context) {
    if (!LawVersions.isCovered(meeting.type(), context.evaluationDate())) {
      return Optional.empty();
    }
    if (LawVersions.isRevised(context.evaluationDate())) {
      return Optional.of(Applied.parameter(context.parameterValue(MeetingParameters.decision(meeting.type()))));
    }
    return meeting.type().statutoryDecision().map(Applied::statute);
  }

  static void run(Meeting meeting, RuleContext context, FindingCollector out, boolean provisionalRule) {
    Optional<Applied<Threshold>> applied = threshold(meeting, context);
    if (applied.isEmpty() || !applied.get().isFor(provisionalRule)) {
      return;
    }
    Threshold threshold = applied.get().value();
    for (int i = 0; i < meeting.resolutions().size(); i++) {
      Resolution resolution = meeting.resolutions().get(i);
      int inFavour = resolution.tally().inFavour();
      if (!resolution.declaredAdopted() || threshold.isMet(inFavour, meeting.attended())) {
        continue;
      }
      out.report(JsonPointer.of("resolutions", Integer.toString(i), "tally", "inFavour"), new Arguments()
          .put("number", resolution.number())
          .put("matter", resolution.matter())
          .put("inFavour", inFavour)
          .put("present", meeting.attended())
          .put("threshold", Arguments.wording(threshold))
          .put("required", threshold.minimum(meeting.attended()))
          .put("arithmetic", threshold.arithmetic(inFavour, meeting.attended()))
          .source(applied.get())
          .put("thresholdValue", threshold.toString())
          .map());
    }
  }
}

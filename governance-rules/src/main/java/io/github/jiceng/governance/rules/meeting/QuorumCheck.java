package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.Quorum;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.core.meeting.Threshold;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.Locale;
import java.util.Optional;

/** The quorum check shared by the confirmed and the provisional rule. */
final class QuorumCheck {
  private QuorumCheck() {
  }

  /** The threshold on the meeting's date, or empty if the law sets none then. */
  static Optional<Applied<Threshold>> threshold(Meeting meeting, RuleContext context) {
    if (!LawVersions.isCovered(meeting.type(), context.evaluationDate())) {
      return Optional.empty();
    }
    if (LawVersions.isRevised(context.evaluationDate())) {
      return Optional.of(Applied.parameter(
          context.parameterValue(MeetingParameters.quorum(meeting.type(), meeting.base()))));
    }
    return meeting.type().statutoryQuorum(meeting.base()).map(Applied::statute);
  }

  /**
   * Whether the meeting's exclusions leave its base: in a pack that allows them, for a villagers' meeting of adults.
   */
  static boolean exclusionsApply(Meeting meeting, RuleContext context) {
    return meeting.type() == MeetingType.VILLAGERS_MEETING && meeting.base() == QuorumBase.ADULTS
        && context.parameter(MeetingParameters.EXCLUSIONS_ALLOWED);
  }

  static void run(Meeting meeting, RuleContext context, FindingCollector out, boolean provisionalRule) {
    Optional<Applied<Threshold>> applied = threshold(meeting, context);
    if (applied.isEmpty() || !applied.get().isFor(provisionalRule)) {
      return;
    }
    Quorum quorum = meeting.quorum(applied.get().value(), exclusionsApply(meeting, context));
    if (quorum.isMet()) {
      return;
    }
    out.report(JsonPointer.of("attended"), new Arguments()
        .put("type", meeting.type())
        .put("explanation", BilingualText.of(quorum.explain(Locale.SIMPLIFIED_CHINESE), quorum.explain(Locale.ENGLISH)))
        .source(applied.get())
        .put("eligible", quorum.eligible())
        .put("excluded", quorum.excluded())
        .put("base", quorum.base())
        .put("attended", quorum.attended())
        .put("required", quorum.required())
        .put("threshold", quorum.threshold().toString())
        .map());
  }
}

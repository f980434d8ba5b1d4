package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The notice check shared by the confirmed and the provisional rule, and the missing-date rule. */
final class NoticeCheck {
  /** The earlier text's notice for a villagers' meeting: ten days (村委会法 第二十一条). */
  static final int VILLAGERS_MEETING_DAYS = 10;

  private NoticeCheck() {
  }

  /** The days of notice required on the meeting's date, or empty if none is required. */
  static Optional<Applied<Integer>> requiredDays(Meeting meeting, RuleContext context) {
    if (!LawVersions.isCovered(meeting.type(), context.evaluationDate())) {
      return Optional.empty();
    }
    if (meeting.type() == MeetingType.VILLAGERS_MEETING) {
      return Optional.of(LawVersions.apply(context, MeetingParameters.VILLAGERS_MEETING_NOTICE_DAYS,
          VILLAGERS_MEETING_DAYS));
    }
    if (meeting.type() == MeetingType.VILLAGER_REPRESENTATIVE_MEETING) {
      Applied<Integer> local = Applied.local(context, MeetingParameters.REPRESENTATIVE_MEETING_NOTICE_DAYS);
      return local.value() > 0 ? Optional.of(local) : Optional.empty();
    }
    return Optional.empty();
  }

  static void run(Meeting meeting, RuleContext context, FindingCollector out, boolean provisionalRule) {
    Optional<Applied<Integer>> required = requiredDays(meeting, context);
    if (required.isEmpty() || !required.get().isFor(provisionalRule) || meeting.noticeDate().isEmpty()) {
      return;
    }
    LocalDate notice = meeting.noticeDate().get();
    long days = ChronoUnit.DAYS.between(notice, meeting.date());
    if (days >= required.get().value()) {
      return;
    }
    out.report(JsonPointer.of("noticeDate"), new Arguments()
        .put("type", meeting.type())
        .put("date", meeting.date())
        .put("noticeDate", notice)
        .put("days", days)
        .put("required", required.get().value())
        .source(required.get())
        .map());
  }
}

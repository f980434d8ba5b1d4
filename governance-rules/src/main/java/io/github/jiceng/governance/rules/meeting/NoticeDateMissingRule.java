package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.Meeting;
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
 * A meeting that needs notice has no notice date (未记录通知日期), so the notice period cannot be checked: a villagers'
 * meeting, or a villagers' representative meeting where the pack requires agenda notice.
 */
@RuleDefinition(
    id = "meeting.notice.date-missing",
    severity = Severity.INFO,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十一条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE)})
public final class NoticeDateMissingRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NoticeDateMissingRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.VILLAGERS_MEETING_NOTICE_DAYS,
        MeetingParameters.REPRESENTATIVE_MEETING_NOTICE_DAYS);
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (meeting.noticeDate().isEmpty() && NoticeCheck.requiredDays(meeting, context).isPresent()) {
      out.report(JsonPointer.of("noticeDate"), Map.of("type", meeting.type(), "date", meeting.date()));
    }
  }
}

package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;

/**
 * A meeting was announced too late (会议通知时间不足), by confirmed numbers: a villagers' meeting needs ten days' notice
 * (村委会法 第二十一条; met when the meeting date is at least ten days after the notice date), and, where a pack sets
 * {@link MeetingParameters#REPRESENTATIVE_MEETING_NOTICE_DAYS} (Chongqing: 3), a villagers' representative meeting its
 * agenda that many days ahead.
 *
 * @see ProvisionalNoticeTooShortRule
 */
@RuleDefinition(
    id = "meeting.notice.too-short",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十一条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.CHONGQING_MEASURES, article = "第十二条", version = "2013年修订",
            inForceFrom = Bases.CHONGQING_FROM, confidence = Confidence.CONFIRMED,
            note = "representative meeting: agenda notified 3 days ahead; applies where the pack sets the parameter"),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class NoticeTooShortRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NoticeTooShortRule() {
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
    NoticeCheck.run(meeting, context, out, false);
  }
}

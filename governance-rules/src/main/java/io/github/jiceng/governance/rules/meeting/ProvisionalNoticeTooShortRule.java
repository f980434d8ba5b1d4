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
 * A villagers' meeting on or after 2026-01-01 was probably announced too late (通知时间可能不足), by the provisional
 * default of the 2026 notice period (ten days, carried over). A warning; when a pack sets the number, {@link
 * NoticeTooShortRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.notice.too-short-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
        confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE))
public final class ProvisionalNoticeTooShortRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalNoticeTooShortRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.VILLAGERS_MEETING_NOTICE_DAYS);
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    NoticeCheck.run(meeting, context, out, true);
  }
}

package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Resolution;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.Optional;

/**
 * The adoption record and the meeting record disagree (表决记录与会议记录不符): the meeting's type or date differs,
 * the meeting voted on no resolution naming the covenant, or the resolution's declared result differs from the adoption
 * record's. Checked when the validator's lookup finds the meeting.
 */
@RuleDefinition(
    id = "covenant.adoption.meeting-mismatch",
    severity = Severity.ERROR,
    basis = {
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
public final class MeetingMismatchRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText TYPE = BilingualText.of("会议类型", "the meeting type");
  private static final BilingualText DATE = BilingualText.of("会议日期", "the meeting date");
  private static final BilingualText RESOLUTION = BilingualText.of("表决事项", "a resolution on the covenant");
  private static final BilingualText RESULT = BilingualText.of("表决结果", "the result");
  private static final BilingualText NONE = BilingualText.of("无此事项", "none");
  private static final BilingualText ADOPTED = BilingualText.of("通过", "adopted");
  private static final BilingualText REJECTED = BilingualText.of("未通过", "not adopted");

  /** Creates the rule. */
  public MeetingMismatchRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    record.adoption().flatMap(AdoptionRecord::vote).ifPresent(vote ->
        context.lookup().find(Subject.of("meeting", vote.meetingId()), Meeting.class).ifPresent(meeting -> {
          JsonPointer at = JsonPointer.of("adoption", "vote");
          if (meeting.type() != vote.meetingType()) {
            report(out, at.child("meetingType"), TYPE, vote.meetingType(), meeting.type(), meeting);
          }
          if (!meeting.date().equals(vote.date())) {
            report(out, at.child("date"), DATE, vote.date(), meeting.date(), meeting);
          }
          Optional<Resolution> resolution = meeting.resolutionFor(record.id());
          if (resolution.isEmpty()) {
            report(out, at, RESOLUTION, record.id(), NONE, meeting);
          } else if (resolution.get().declaredAdopted() != vote.adopted()) {
            report(out, at.child("adopted"), RESULT, vote.adopted() ? ADOPTED : REJECTED,
                resolution.get().declaredAdopted() ? ADOPTED : REJECTED, meeting);
          }
        }));
  }

  private static void report(FindingCollector out, JsonPointer at, BilingualText what, Object stated, Object recorded,
      Meeting meeting) {
    out.report(at, new Args().put("what", what).put("stated", stated).put("recorded", recorded)
        .put("meetingId", meeting.id()).map());
  }
}

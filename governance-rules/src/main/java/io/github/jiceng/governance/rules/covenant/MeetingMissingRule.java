package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;

/**
 * The meeting that voted on a covenant is not in the dataset (表决会议记录缺失). Checked only when the validator's
 * lookup covers meeting records at all.
 */
@RuleDefinition(
    id = "covenant.adoption.meeting-missing",
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
public final class MeetingMissingRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;
  private static final String MEETING = "meeting";

  /** Creates the rule. */
  public MeetingMissingRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    record.adoption().flatMap(AdoptionRecord::vote).ifPresent(vote -> {
      RecordLookup lookup = context.lookup();
      if (lookup.covers(MEETING) && lookup.find(Subject.of(MEETING, vote.meetingId()), Meeting.class).isEmpty()) {
        out.report(JsonPointer.of("adoption", "vote", "meetingId"), new Args().put("meetingId", vote.meetingId())
            .put("date", vote.date()).map());
      }
    });
  }
}

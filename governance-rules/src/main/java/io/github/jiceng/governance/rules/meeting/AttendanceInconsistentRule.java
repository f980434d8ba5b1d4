package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/**
 * A meeting's counts contradict each other (会议人数记录矛盾): more attended than were eligible, more women attended than
 * attended in all, or more people left out of the base than were eligible. The quorum cannot be judged from such a
 * record.
 */
@RuleDefinition(
    id = "meeting.attendance.inconsistent",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十二条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "the quorum is counted from the eligible and attending numbers"),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "the quorum is counted from the eligible and attending numbers"),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE)})
public final class AttendanceInconsistentRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText ATTENDED = BilingualText.of("实到人数超过应到人数", "attendance exceeds the eligible"
      + " number");
  private static final BilingualText WOMEN = BilingualText.of("妇女到会人数超过实到人数", "women attending exceed those"
      + " attending");
  private static final BilingualText EXCLUDED = BilingualText.of("不计入基数的人数超过应到人数", "people not counted"
      + " exceed the eligible number");

  /** Creates the rule. */
  public AttendanceInconsistentRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (meeting.attended() > meeting.eligible()) {
      out.report(JsonPointer.of("attended"), Map.of("problem", ATTENDED, "actual", meeting.attended(),
          "limit", meeting.eligible()));
    }
    meeting.womenAttended().filter(women -> women > meeting.attended()).ifPresent(women ->
        out.report(JsonPointer.of("womenAttended"), Map.of("problem", WOMEN, "actual", women,
            "limit", meeting.attended())));
    if (meeting.excluded() > meeting.eligible()) {
      out.report(JsonPointer.of("exclusions"), Map.of("problem", EXCLUDED, "actual", meeting.excluded(),
          "limit", meeting.eligible()));
    }
  }
}

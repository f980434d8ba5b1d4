package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Resolution;
import io.github.jiceng.governance.core.meeting.Tally;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * More people voted at the meeting than attended it (现场票数超过实到人数): the ballots cast in person, or for a show of
 * hands the votes, exceed the attendance. Ballots by other lawful means are not counted here.
 */
@RuleDefinition(
    id = "meeting.ballots.exceed-attendance",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十二条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "a decision is counted from the votes of those present"),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "a decision is counted from the votes of those present"),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE)})
public final class BallotsExceedAttendanceRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText BALLOTS = BilingualText.of("现场投票", "ballots cast in person");
  private static final BilingualText HANDS = BilingualText.of("举手表决票数", "votes by show of hands");

  /** Creates the rule. */
  public BallotsExceedAttendanceRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    for (int i = 0; i < meeting.resolutions().size(); i++) {
      Resolution resolution = meeting.resolutions().get(i);
      Tally tally = resolution.tally();
      long count = tally.ballotsInPerson().map(Integer::longValue).orElse(tally.votes());
      if (count > meeting.attended()) {
        out.report(JsonPointer.of("resolutions", Integer.toString(i), "tally"), new Arguments()
            .put("number", resolution.number())
            .put("what", tally.isByBallot() ? BALLOTS : HANDS)
            .put("count", count)
            .put("attended", meeting.attended())
            .map());
      }
    }
  }
}

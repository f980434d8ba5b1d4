package io.github.jiceng.governance.rules.meeting;

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
 * The ballots of a vote do not reconcile (选票数不相符): the ballots cast in person and by other lawful means differ from
 * the ballots accounted for (votes for, against and abstaining, plus blank and spoiled ballots). Checked only for votes
 * by ballot.
 */
@RuleDefinition(
    id = "meeting.ballots.not-reconciled",
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
public final class BallotsNotReconciledRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public BallotsNotReconciledRule() {
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
      if (!tally.isByBallot() || tally.ballotsCast() == tally.ballotsAccountedFor()) {
        continue;
      }
      out.report(JsonPointer.of("resolutions", Integer.toString(i), "tally"), new Arguments()
          .put("number", resolution.number())
          .put("cast", tally.ballotsCast())
          .put("inPerson", tally.ballotsInPerson().orElseThrow())
          .put("otherMeans", tally.ballotsByOtherMeans())
          .put("accounted", tally.ballotsAccountedFor())
          .put("inFavour", tally.inFavour())
          .put("against", tally.against())
          .put("abstentions", tally.abstentions())
          .put("blank", tally.blank())
          .put("spoiled", tally.spoiled())
          .map());
    }
  }
}

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
 * A resolution was declared adopted without the votes the law requires (表决未达到通过比例), by confirmed numbers: more
 * than half of those present (到会人员的过半数) under the earlier texts, or the number a pack sets for 2026. Blank and
 * spoiled ballots and abstentions are not votes for.
 *
 * @see ProvisionalDecisionNotPassedRule
 */
@RuleDefinition(
    id = "meeting.decision.not-passed",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十二条、第二十六条、第二十八条",
            version = Bases.VILLAGE_EARLIER, inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class DecisionNotPassedRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DecisionNotPassedRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return MeetingParameters.decisionParameters2026();
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    DecisionCheck.run(meeting, context, out, false);
  }
}

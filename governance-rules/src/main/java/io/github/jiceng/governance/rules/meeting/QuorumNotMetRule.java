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
import java.util.ArrayList;
import java.util.List;

/**
 * A meeting did not reach its quorum (到会人数未达到法定人数), by confirmed numbers: the earlier texts' for a meeting
 * before 2026 (村民会议 more than half of adults or two-thirds of households; 村民代表会议 and 村民小组会议 two-thirds;
 * 居民会议 more than half), or the number a pack sets for 2026. In a pack with {@link
 * MeetingParameters#EXCLUSIONS_ALLOWED} (Chongqing), a villagers' meeting's exclusions leave its base.
 *
 * @see ProvisionalQuorumNotMetRule
 */
@RuleDefinition(
    id = "meeting.quorum.not-met",
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
public final class QuorumNotMetRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public QuorumNotMetRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    List<Parameter<?>> parameters = new ArrayList<>(MeetingParameters.quorumParameters2026());
    parameters.add(MeetingParameters.EXCLUSIONS_ALLOWED);
    return parameters;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    QuorumCheck.run(meeting, context, out, false);
  }
}

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
 * A meeting recorded as requested (提议召集) by fewer people than the share at which the law obliges the committee to
 * convene it, by confirmed numbers: a villagers' meeting one-tenth or more of the villagers aged 18+ or one-third or
 * more of the representatives (村委会法 第二十一条), a villagers' representative meeting one-fifth or more of the
 * representatives (第二十六条), a residents' meeting one-fifth or more of the residents aged 18+ or of the households,
 * or one-third or more of the residents' groups (居委会法 1989 第九条); from 2026, the numbers a pack sets. "以上"
 * includes the number: one-tenth or more of 95 is 10, of 100 is 10, of 101 is 11.
 *
 * <p>An error in the record or the procedure: a requisition below its share is no requisition in law, so either the
 * counts are wrong or the meeting was convened on another footing. Requesters the texts do not name for a meeting type
 * (households asking for a villagers' meeting, for instance) and meeting types without a share (villager group
 * meetings; residents' representative meetings, new in 2026) are not judged.
 *
 * @see ProvisionalRequisitionBelowThresholdRule
 */
@RuleDefinition(
    id = "meeting.requisition.below-threshold",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十一条、第二十六条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第九条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class RequisitionBelowThresholdRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RequisitionBelowThresholdRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return MeetingParameters.requisitionParameters2026();
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    RequisitionCheck.run(meeting, context, out, false);
  }
}

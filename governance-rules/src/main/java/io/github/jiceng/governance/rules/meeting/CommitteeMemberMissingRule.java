package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
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
 * A villagers' committee lacks a member the law requires (委员会缺少法定成员), by confirmed rules: a woman member,
 * and in a village where several nationalities live, a member of a minority nationality (村委会法 第六条), before 2026
 * or where a pack confirms the requirement for 2026. Counted in the member list of the {@link CommunityCommittee}
 * ({@code /members}, one finding per missing member); residents' committees are not judged, as the reference gives no
 * basis for them.
 *
 * @see ProvisionalCommitteeMemberMissingRule
 */
@RuleDefinition(
    id = "meeting.committee.member-missing",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第六条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class CommitteeMemberMissingRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeMemberMissingRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.WOMAN_MEMBER_REQUIRED, MeetingParameters.MINORITY_MEMBER_REQUIRED);
  }

  @Override
  public void check(CommunityCommittee record, RuleContext context, FindingCollector out) {
    CommitteeChecks.members(record, context, out, false);
  }
}

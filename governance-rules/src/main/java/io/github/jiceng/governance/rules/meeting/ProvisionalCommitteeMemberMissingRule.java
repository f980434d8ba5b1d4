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
 * A villagers' committee elected on or after 2026-01-01 probably lacks a required member (可能缺少法定成员): a woman
 * member, or a minority member in a multi-ethnic village, required provisionally as in the earlier text. A warning;
 * when a pack confirms the requirement, {@link CommitteeMemberMissingRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.committee.member-missing-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalCommitteeMemberMissingRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalCommitteeMemberMissingRule() {
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
    CommitteeChecks.members(record, context, out, true);
  }
}

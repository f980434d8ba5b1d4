package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of meetings, committees and representative meetings (会议与自治组织规则集), to add to a rule pack.
 */
public final class MeetingRules {
  private MeetingRules() {
  }

  /**
   * Returns a new instance of every meeting rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(
        new AssemblyShareTooLowRule(),
        new ProvisionalAssemblyShareTooLowRule(),
        new AttendanceInconsistentRule(),
        new BallotsExceedAttendanceRule(),
        new BallotsNotReconciledRule(),
        new CommitteeMemberMissingRule(),
        new ProvisionalCommitteeMemberMissingRule(),
        new CommitteeSizeRule(),
        new ProvisionalCommitteeSizeRule(),
        new CommitteeTermTooLongRule(),
        new ProvisionalCommitteeTermTooLongRule(),
        new DecisionNotPassedRule(),
        new ProvisionalDecisionNotPassedRule(),
        new ExclusionsNotProvidedRule(),
        new NoticeDateMissingRule(),
        new NoticeTooShortRule(),
        new ProvisionalNoticeTooShortRule(),
        new QuorumNotMetRule(),
        new ProvisionalQuorumNotMetRule(),
        new RequisitionBelowThresholdRule(),
        new ProvisionalRequisitionBelowThresholdRule(),
        new RequisitionConvenedLateRule());
  }
}

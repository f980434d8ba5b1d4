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
 * A committee elected on or after 2026-01-01 probably has too few or too many members (成员人数可能不符合规定), by
 * the provisional defaults of the 2026 numbers (3-7 and 5-9, carried over; the revised residents' committee law may
 * have changed them). A warning; when a pack sets the numbers, {@link CommitteeSizeRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.committee.size-out-of-range-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalCommitteeSizeRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalCommitteeSizeRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.VILLAGERS_COMMITTEE_MINIMUM, MeetingParameters.VILLAGERS_COMMITTEE_MAXIMUM,
        MeetingParameters.RESIDENTS_COMMITTEE_MINIMUM, MeetingParameters.RESIDENTS_COMMITTEE_MAXIMUM);
  }

  @Override
  public void check(CommunityCommittee record, RuleContext context, FindingCollector out) {
    CommitteeChecks.size(record, context, out, true);
  }
}

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
 * A committee has too few or too many members (委员会成员人数不符合规定), by confirmed numbers: a villagers' committee
 * 3 to 7 (村委会法 第六条), a residents' committee 5 to 9 (居委会法 1989 第七条) before 2026, or the numbers a pack sets
 * for 2026. The size is the number of members listed in the {@link CommunityCommittee} ({@code /members}); the party
 * organisation is not judged.
 *
 * @see ProvisionalCommitteeSizeRule
 */
@RuleDefinition(
    id = "meeting.committee.size-out-of-range",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第六条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第七条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class CommitteeSizeRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeSizeRule() {
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
    CommitteeChecks.size(record, context, out, false);
  }
}

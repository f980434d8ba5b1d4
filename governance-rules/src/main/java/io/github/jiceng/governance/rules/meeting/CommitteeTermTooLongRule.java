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
 * A committee's recorded term ends more than five years after it began (任期超过五年), by confirmed numbers: a villagers'
 * committee's term of five years since the amendment of 2018-12-29 (村委会法 第十一条), or the number a pack sets for
 * 2026 (then for residents' committees too; their earlier text is not in the reference and is not judged). A term
 * shorter than five years (after a by-election) is not reported, nor a {@link CommunityCommittee} without a term end
 * or of the party organisation; the finding points at {@code /termEnd}.
 *
 * @see ProvisionalCommitteeTermTooLongRule
 */
@RuleDefinition(
    id = "meeting.committee.term-too-long",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第十一条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.AMENDED_2018, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "reference §3.1 [C]: term five years; the in-force date of the 2018 amendment is from the NPCSC"
                + " decision of 2018-12-29, not in the reference"),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class CommitteeTermTooLongRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeTermTooLongRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.TERM_YEARS);
  }

  @Override
  public void check(CommunityCommittee record, RuleContext context, FindingCollector out) {
    CommitteeChecks.term(record, context, out, false);
  }
}

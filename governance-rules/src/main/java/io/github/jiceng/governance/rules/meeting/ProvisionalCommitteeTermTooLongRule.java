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
 * A committee elected on or after 2026-01-01 has a recorded term probably longer than the law allows (任期可能超过
 * 规定), by the provisional default of five years. A warning; when a pack sets the number, {@link
 * CommitteeTermTooLongRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.committee.term-too-long-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalCommitteeTermTooLongRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalCommitteeTermTooLongRule() {
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
    CommitteeChecks.term(record, context, out, true);
  }
}

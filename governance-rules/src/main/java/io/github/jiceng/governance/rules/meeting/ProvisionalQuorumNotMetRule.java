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
 * A meeting on or after 2026-01-01 probably did not reach its quorum (可能未达到法定人数), by the provisional default of
 * the 2026 number (the earlier text's number carried over). A warning: the 2026 texts' numbers are unconfirmed. When a
 * pack sets the number, {@link QuorumNotMetRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.quorum.not-met-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalQuorumNotMetRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalQuorumNotMetRule() {
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
    QuorumCheck.run(meeting, context, out, true);
  }
}

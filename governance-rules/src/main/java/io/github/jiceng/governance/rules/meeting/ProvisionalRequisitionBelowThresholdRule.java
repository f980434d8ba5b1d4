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
 * A meeting on or after 2026-01-01 recorded as requested by probably too few people (提议人数可能不足), by the
 * provisional default of the 2026 share (the earlier text's share carried over). A warning: the 2026 numbers are
 * unconfirmed, and the revised residents' law lowers the share for a residents' meeting by an unknown amount, so a
 * requisition this rule reports may be valid under it. When a pack sets the number, {@link
 * RequisitionBelowThresholdRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.requisition.below-threshold-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE
                + "; the residents' share is lowered in the 2025 text (reference §0 [S]), by an unknown amount")})
public final class ProvisionalRequisitionBelowThresholdRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalRequisitionBelowThresholdRule() {
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
    RequisitionCheck.run(meeting, context, out, true);
  }
}

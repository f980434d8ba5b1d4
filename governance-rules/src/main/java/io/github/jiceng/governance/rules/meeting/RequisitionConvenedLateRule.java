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
 * A villagers' representative meeting convened later after an effective representatives' requisition than a pack
 * allows (提议召集后未按期召开): where a pack sets {@link MeetingParameters#REQUISITION_CONVENING_DAYS} (Chongqing: 15,
 * 渝办法 第十一条, "应当在十五日内召集"), the meeting date is at most that many days after the request date. Off
 * (0) by default. A requisition below its share obliges no one and gets {@code meeting.requisition.below-threshold}
 * instead.
 */
@RuleDefinition(
    id = "meeting.requisition.convened-late",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Bases.CHONGQING_MEASURES, article = "第十一条", version = "2013年修订",
        inForceFrom = Bases.CHONGQING_FROM, confidence = Confidence.CONFIRMED,
        note = "reference §3.1 [C]: a representative meeting requested by one-fifth or more of the representatives is"
            + " convened within 15 days; applies where the pack sets the parameter"))
public final class RequisitionConvenedLateRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RequisitionConvenedLateRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.REQUISITION_CONVENING_DAYS);
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    RequisitionCheck.late(meeting, context, out);
  }
}

package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A meeting records people left out of its base, but they were counted (不计入人员未予扣除): the pack does not provide for
 * exclusions (only Chongqing's 渝办法 第七条 does, through {@link MeetingParameters#EXCLUSIONS_ALLOWED}), or the meeting
 * is not a villagers' meeting counted by adults. Information that explains the quorum findings.
 */
@RuleDefinition(
    id = "meeting.exclusions.not-provided",
    severity = Severity.INFO,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十二条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = "the base is every villager aged 18 or over (本村十八周岁以上村民), without exclusions"),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.CHONGQING_MEASURES, article = "第七条", version = "2013年修订",
            inForceFrom = Bases.CHONGQING_FROM, confidence = Confidence.CONFIRMED,
            note = "reference §3.1 [C]: the only provision found for leaving villagers out of the base")})
public final class ExclusionsNotProvidedRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText NOT_IN_PACK = BilingualText.of("本规则包未规定可不计入的情形",
      "this rule pack does not provide for exclusions");
  private static final BilingualText NOT_THIS_MEETING = BilingualText.of("仅按十八周岁以上村民计算的村民会议可不计入",
      "only a villagers' meeting counted by adults may leave people out");

  /** Creates the rule. */
  public ExclusionsNotProvidedRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.EXCLUSIONS_ALLOWED);
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (meeting.exclusions().isEmpty() || QuorumCheck.exclusionsApply(meeting, context)) {
      return;
    }
    out.report(JsonPointer.of("exclusions"), Map.of(
        "excluded", meeting.excluded(),
        "type", meeting.type(),
        "reason", context.parameter(MeetingParameters.EXCLUSIONS_ALLOWED) ? NOT_THIS_MEETING : NOT_IN_PACK));
  }
}

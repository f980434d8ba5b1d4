package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An engagement that needs a written service agreement has none (应当签订书面协议而未签订): in Chongqing, a written
 * agreement is required for high-risk service, full-time service of three consecutive months or more, large public
 * events, service outside Chongqing, service involving foreign parties, or when any party asks (重庆市志愿服务条例
 * Art 21). An open engagement's length is judged on the evaluation date. A Chongqing rule: the Chongqing pack adds it.
 */
@RuleDefinition(
    id = "linkage.engagement.written-agreement-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.CHONGQING_VOLUNTEER_REGULATION, article = "第二十一条",
        inForceFrom = Instruments.CHONGQING_VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
        note = "reference.md §5.3: 连续三个月以上 includes three months"))
public final class WrittenAgreementMissingRule implements Rule<VolunteerEngagement> {
  /** Full-time service of this many consecutive months or more needs a written agreement. */
  public static final int FULL_TIME_MONTHS = 3;
  private static final long serialVersionUID = 1L;
  private static final BilingualText FULL_TIME =
      BilingualText.of("全日制连续服务三个月以上", "full-time service of three consecutive months or more");

  /** Creates the rule. */
  public WrittenAgreementMissingRule() {
    // stateless
  }

  @Override
  public Class<VolunteerEngagement> subjectType() {
    return VolunteerEngagement.class;
  }

  @Override
  public void check(VolunteerEngagement engagement, RuleContext context, FindingCollector out) {
    if (engagement.writtenAgreementOn().isPresent()) {
      return;
    }
    List<Object> reasons = new ArrayList<>(engagement.circumstances());
    if (engagement.isFullTimeForAtLeast(FULL_TIME_MONTHS, context.evaluationDate())) {
      reasons.add(FULL_TIME);
    }
    if (!reasons.isEmpty()) {
      out.report(JsonPointer.of("writtenAgreementOn"), Map.of(
          "id", engagement.id(), "volunteer", engagement.volunteerNumber(), "reasons", reasons));
    }
  }
}

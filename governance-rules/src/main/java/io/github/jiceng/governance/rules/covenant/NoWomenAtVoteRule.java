package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * No women are recorded at a meeting that voted on a covenant (表决无妇女参会): the 2018 guidance asks for "一定比例妇女
 * 参会" at the vote without a number, so this is information, given when the meeting records no women attending or
 * does not record women's attendance.
 */
@RuleDefinition(
    id = "covenant.vote.no-women",
    severity = Severity.INFO,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class NoWomenAtVoteRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText NONE = BilingualText.of("没有妇女到会", "no women attended");
  private static final BilingualText NOT_RECORDED = BilingualText.of("未记录妇女到会人数", "women's attendance is not recorded");

  /** Creates the rule. */
  public NoWomenAtVoteRule() {
    // stateless
  }

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting record, RuleContext context, FindingCollector out) {
    if (record.resolutions().stream().noneMatch(r -> r.covenantId().isPresent())
        || record.womenAttended().filter(women -> women > 0).isPresent()) {
      return;
    }
    out.report(JsonPointer.of("womenAttended"), new Args().put("type", record.type()).put("date", record.date())
        .put("women", record.womenAttended().isPresent() ? NONE : NOT_RECORDED).map());
  }
}

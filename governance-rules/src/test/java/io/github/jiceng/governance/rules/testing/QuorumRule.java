package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/** 过半数: more than half of the eligible villagers must attend (2a > b). */
@RuleDefinition(id = "meeting.quorum.not-met", severity = Severity.ERROR, basis = @Basis(
    instrument = "中华人民共和国村民委员会组织法", article = "第二十二条", version = "2010年修订",
    inForceFrom = "2010-10-28", confidence = Confidence.SINGLE_SOURCE, note = "test fixture"))
public final class QuorumRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (2L * meeting.attendance() <= meeting.eligible()) {
      out.report(JsonPointer.of("attendance"),
          Map.of("attendance", meeting.attendance(), "eligible", meeting.eligible()));
    }
  }
}

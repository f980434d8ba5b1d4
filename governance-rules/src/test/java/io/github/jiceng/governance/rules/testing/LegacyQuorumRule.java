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

/** A rule whose only basis ended on 2010-10-28: judges only meetings dated before that. */
@RuleDefinition(id = "meeting.quorum.legacy-not-met", severity = Severity.WARNING, basis = @Basis(
    instrument = "中华人民共和国村民委员会组织法", version = "1998年", inForceFrom = "1998-11-04",
    inForceUntil = "2010-10-28", confidence = Confidence.PROVISIONAL, note = "test fixture"))
public final class LegacyQuorumRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (2L * meeting.attendance() <= meeting.eligible()) {
      out.report(JsonPointer.of("attendance"), Map.of("attendance", meeting.attendance()));
    }
  }
}

package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/** A buggy rule: its message needs {expected} but it reports without it. */
@RuleDefinition(id = "meeting.broken.missing-argument", severity = Severity.ERROR)
public final class BrokenRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    out.report(Map.of("actual", 1));
  }
}

package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/** Information: a meeting without tags. */
@RuleDefinition(id = "meeting.tags.missing", severity = Severity.INFO)
public final class TagsRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    if (meeting.tags().isEmpty()) {
      out.report(Map.of());
    }
  }
}

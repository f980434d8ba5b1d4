package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/** A rule for every object: reports each record it sees, so that a test can count how often it ran. */
@RuleDefinition(id = "meeting.record.seen", severity = Severity.INFO)
public final class EveryRecordRule implements Rule<Object> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Object> subjectType() {
    return Object.class;
  }

  @Override
  public void check(Object record, RuleContext context, FindingCollector out) {
    out.report(Map.of("kind", record.getClass().getSimpleName()));
  }
}

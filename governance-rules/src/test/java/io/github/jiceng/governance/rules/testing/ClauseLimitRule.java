package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/** Warns when a meeting adopts more clauses than the pack parameter allows. */
@RuleDefinition(id = "meeting.clauses.too-many", severity = Severity.WARNING)
public final class ClauseLimitRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  /** The most clauses one meeting should adopt. */
  public static final Parameter<Integer> MAXIMUM = Parameter.of("meeting.clauses.maximum", Integer.class, 3);

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MAXIMUM);
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {
    int maximum = context.parameter(MAXIMUM);
    if (meeting.clauses().size() > maximum) {
      out.report(JsonPointer.of("clauses"), Map.of("count", meeting.clauses().size(), "maximum", maximum));
    }
  }
}

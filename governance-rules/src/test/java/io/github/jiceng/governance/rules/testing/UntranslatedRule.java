package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/** A rule whose Chinese message is missing from its (separate) bundle: its descriptor must fail to load. */
@RuleDefinition(id = "meeting.untranslated.check", severity = Severity.INFO, bundle = "partial")
public final class UntranslatedRule implements Rule<Meeting> {
  private static final long serialVersionUID = 1L;

  @Override
  public Class<Meeting> subjectType() {
    return Meeting.class;
  }

  @Override
  public void check(Meeting meeting, RuleContext context, FindingCollector out) {}
}

package io.github.jiceng.governance.rules.council;

import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A triaged matter goes to a body its class does not name (三事分流承办主体不符): "大事政府管，小事村居管，私事自己管" — a
 * major matter to a government body, a minor matter to the village or community (committee or council), a private
 * matter to the residents themselves (helped by social organisations). A warning: 三事分流 is a local practice from
 * Chongqing's 南岸区, not a statute.
 */
@RuleDefinition(
    id = "council.matter.route-mismatch",
    severity = Severity.WARNING,
    basis = @Basis(instrument = "重庆市南岸区“三事分流”工作机制", inForceFrom = "2016-05-09",
        confidence = Confidence.CONFIRMED,
        note = "reference §3.3 [C: 新华社 2016-05-09, cssn.cn]: 大事政府管，小事村居管，私事自己管; the start date is"
            + " that of the report, the practice is older"))
public final class RouteMismatchRule implements Rule<RaisedMatter> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RouteMismatchRule() {
    // stateless
  }

  @Override
  public Class<RaisedMatter> subjectType() {
    return RaisedMatter.class;
  }

  @Override
  public void check(RaisedMatter matter, RuleContext context, FindingCollector out) {
    if (!matter.matterClass().isHandledBy(matter.handledBy())) {
      out.report(JsonPointer.of("handledBy"), Map.of(
          "description", matter.description(),
          "matterClass", matter.matterClass(),
          "body", matter.handledBy(),
          "expected", List.copyOf(matter.matterClass().handlingBodies())));
    }
  }
}

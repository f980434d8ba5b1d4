package io.github.jiceng.governance.rules.council;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of councils, mediated disputes and triaged matters (议事协商规则集), to add to a rule pack.
 */
public final class CouncilRules {
  private CouncilRules() {
  }

  /**
   * Returns a new instance of every council rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(new AgreementUndatedRule(), new DisputeOutcomeMissingRule(), new RouteMismatchRule());
  }
}

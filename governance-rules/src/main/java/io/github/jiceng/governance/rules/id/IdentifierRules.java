package io.github.jiceng.governance.rules.id;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The identifier rules (标识码规则集), to add to a rule pack.
 */
public final class IdentifierRules {
  private IdentifierRules() {
  }

  /**
   * Returns a new instance of every identifier rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(
        new CreditCodeCheckCharacterRule(),
        new CreditCodeOutsideJurisdictionRule(),
        new CreditCodeEmbeddedCheckCharacterRule());
  }
}

package io.github.jiceng.governance.rules.territory;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of the territorial hierarchy (行政区划规则集), to add to a rule pack.
 */
public final class TerritoryRules {
  private TerritoryRules() {
  }

  /**
   * Returns a new instance of every territory rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(
        new CodeRangeUndefinedRule(),
        new OutsideJurisdictionRule(),
        new ParentMissingRule(),
        new TownshipKindMismatchRule(),
        new TownshipParentMismatchRule(),
        new VillageKindMismatchRule(),
        new VillageParentMismatchRule());
  }
}

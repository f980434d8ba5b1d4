/**
 * Rules of the territorial hierarchy (行政区划一致性规则): a unit's stated parent agrees with its code, its kind agrees
 * with its code range, its parent exists, and it lies in the rule pack's jurisdiction.
 *
 * <p>Rule ids start with {@code territory.}; {@link io.github.jiceng.governance.rules.territory.TerritoryRules#all()}
 * lists them.
 */
package io.github.jiceng.governance.rules.territory;

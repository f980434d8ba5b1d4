/**
 * Village rules and residents' conventions (村规民约、居民公约): the {@link
 * io.github.jiceng.governance.core.covenant.Covenant} with its numbered {@link
 * io.github.jiceng.governance.core.covenant.Clause clauses} in the five content areas of the 2018 seven-ministry
 * guidance, its status history, its {@link io.github.jiceng.governance.core.covenant.AdoptionRecord adoption record}
 * (the guidance's five steps: 征集民意, 拟定草案, 提请审核, 审议表决, 备案公布) and a clause-level {@link
 * io.github.jiceng.governance.core.covenant.CovenantDiff diff} between versions.
 *
 * <p>The types check only what makes a record meaningless (two clauses with one number, a status history out of date
 * order). Whether the steps happened in order, the right body voted and filed, or a clause needs legal review is for
 * the rules of {@code io.github.jiceng.governance.rules.covenant}.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.covenant;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

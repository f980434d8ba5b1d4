/**
 * Test-only records and rules: an Immutables record with constraints, small rules with their own message bundle (to
 * prove bundle lookup in a package other than the engine's on the module path) and rule packs.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.rules.testing;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

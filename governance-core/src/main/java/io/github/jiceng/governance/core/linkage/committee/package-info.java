/**
 * The community "two committees" (社区/村"两委"): the village or community party organisation and the villagers' or
 * residents' committee, with their members, roles and terms. They lead five-society linkage.
 *
 * <p>A committee belongs to a village-level unit of the territory ({@link
 * io.github.jiceng.governance.core.territory.Village}), referred to by its division code.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.committee;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * Five-society linkage projects (五社联动项目): the ordered stages "need discovered by the community → designed by a social
 * worker → implemented by a community social organisation → funded by the community fund → volunteers take part →
 * evaluation", each with its responsible actor, dates and evidence; the budget, funding and volunteer hours; and the
 * beneficiaries.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.project;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

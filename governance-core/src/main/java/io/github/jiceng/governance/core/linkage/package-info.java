/**
 * Five-society linkage (五社联动): the five actors of community governance and the references between their records.
 *
 * <p>The five actors (2021 national opinion on grassroots governance: "创新社区与社会组织、社会工作者、社区志愿者、
 * 社会慈善资源的联动机制") are the community, led by its "two committees" (社区"两委", {@code
 * core.linkage.committee}); social organisations ({@code core.linkage.organisation}); social workers ({@code
 * core.linkage.worker}); community volunteers ({@code core.linkage.volunteer}); and social charity resources ({@code
 * core.linkage.charity}). Linkage projects, which run through the stages "need discovered by the community → designed
 * by a social worker → implemented by a community social organisation → funded by the community fund → volunteers
 * take part", are in {@code core.linkage.project}.
 *
 * <p>Records refer to each other by id through an {@link io.github.jiceng.governance.core.linkage.ActorRef}: the
 * {@link io.github.jiceng.governance.core.linkage.ActorType} names the kind of record (and its record type name, such
 * as {@code social-worker}) and the id names the record. Which of the five actors a type belongs to is {@link
 * io.github.jiceng.governance.core.linkage.ActorType#society()}.
 *
 * <p>Like the territory types, these value types reject only what makes a value meaningless (an end before its
 * start, a negative amount); whether records are lawful, complete and consistent with each other is for the rules
 * ({@code io.github.jiceng.governance.rules.linkage}).
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

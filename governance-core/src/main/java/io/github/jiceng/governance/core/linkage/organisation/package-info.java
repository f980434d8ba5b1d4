/**
 * Social organisations (社会组织): social groups (社会团体), social service organisations (社会服务机构, formerly
 * 民办非企业单位), foundations (基金会) and filed community social organisations (备案的社区社会组织), with their legal
 * status, credit code, registration, charity status and public-fundraising qualification.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.organisation;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * Community volunteers (社区志愿者): registered volunteers keyed by their unified volunteer number (志愿者统一编号), volunteer
 * teams, service records (志愿服务记录) and their hours, a volunteer's log of records, star levels, and engagements that
 * may need a written agreement.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.volunteer;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * Social workers (社会工作者): their national vocational qualification (社会工作者职业水平证书: 助理社会工作师, 社会工作师,
 * 高级社会工作师), employer (a social-work station, a social organisation or a community committee) and post, and the
 * staffing figures of an employer that feed the three-tier service indicators.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.worker;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

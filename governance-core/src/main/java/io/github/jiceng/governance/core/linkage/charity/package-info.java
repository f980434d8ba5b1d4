/**
 * Social charity resources (社会慈善资源): community charity and public-welfare funds (社区慈善基金), donations and
 * disbursements, fundraising campaigns with the plan the Charity Law requires, and foundations' annual accounts.
 *
 * <p>Money is a {@link java.math.BigDecimal} number of yuan (元), never a floating-point number.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.linkage.charity;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

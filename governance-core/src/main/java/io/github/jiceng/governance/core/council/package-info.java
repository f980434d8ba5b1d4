/**
 * Deliberation bodies of villages and communities and the matters they handle: {@link
 * io.github.jiceng.governance.core.council.Council councils} (居民议事会, 道德评议会, 红白理事会, 邻里议事室, ...) with their
 * members, {@link io.github.jiceng.governance.core.council.CouncilSession sessions} and resolutions, {@link
 * io.github.jiceng.governance.core.council.DisputeCase dispute cases} mediated there, and {@link
 * io.github.jiceng.governance.core.council.RaisedMatter matters raised by residents} triaged into 大事, 小事 and 私事
 * (三事分流, from Chongqing's 南岸区).
 *
 * <p>No national statute fixes the size or quorum of these councils (reference §3.3 [U]); the model records them and
 * the rules check only what the practice itself states: a closed dispute has an outcome, and a triaged matter goes to
 * the body its class names.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.council;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

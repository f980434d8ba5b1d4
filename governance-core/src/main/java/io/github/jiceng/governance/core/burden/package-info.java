/**
 * Burden reduction for villages and communities (村（社区）减负): the "four lists" (四张清单) of work items and
 * certificates, and the review of new work (工作事项准入).
 *
 * <p>The four lists say what a village or community does by law ({@link
 * io.github.jiceng.governance.core.burden.ListKind#SELF_GOVERNANCE self-governance items}), what it assists the
 * government with ({@link io.github.jiceng.governance.core.burden.ListKind#ASSIST_GOVERNMENT assistance items}), what
 * it must never be given ({@link io.github.jiceng.governance.core.burden.ListKind#NEGATIVE the negative list}) and
 * which certificates it may issue ({@link io.github.jiceng.governance.core.burden.ListKind#CERTIFICATE}); some
 * districts add more lists (see {@link io.github.jiceng.governance.core.burden.ListKind}).
 *
 * <ul>
 *   <li>{@link io.github.jiceng.governance.core.burden.WorkItem}: one entry of a list, with a stable id.
 *   <li>{@link io.github.jiceng.governance.core.burden.ListCatalogue}: one version of a jurisdiction's lists, with
 *       its effective dates, source document and approval path; {@link
 *       io.github.jiceng.governance.core.burden.ListCatalogue#diff(ListCatalogue)} compares two versions.
 *   <li>{@link io.github.jiceng.governance.core.burden.ListCatalogues}: the versions of several jurisdictions'
 *       catalogues; {@link io.github.jiceng.governance.core.burden.ListCatalogues#effectiveFor} gives the {@link
 *       io.github.jiceng.governance.core.burden.EffectiveLists lists in force} for a village on a day (its district's
 *       catalogue over the city's).
 *   <li>{@link io.github.jiceng.governance.core.burden.AdmissionRequest} (准入申请) and {@link
 *       io.github.jiceng.governance.core.burden.AdmissionDecision} (准入决定) with its {@link
 *       io.github.jiceng.governance.core.burden.DecisionReason reasons} in Chinese and English; {@link
 *       io.github.jiceng.governance.core.burden.CertificateRequest} (证明申请).
 *   <li>{@link io.github.jiceng.governance.core.burden.WorkingDayCalendar}: working days for the procedure's time
 *       limits, with holidays the caller supplies.
 * </ul>
 *
 * <p>The types reject only what makes a value meaningless (a blank id, a period that ends before it starts). Data
 * that is merely wrong (two items with one id, an item on two incompatible lists, an unlisted task) is accepted and
 * reported by the rules in {@code io.github.jiceng.governance.rules.burden}, which also decide admission requests.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.burden;

import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value;

/**
 * The three-tier social-work service system (三级社会工作服务体系): the district guidance centre (区县社会工作指导中心),
 * the township or street social-work stations (乡镇（街道）社工站) and the village or community social-work rooms
 * (村（社区）社工室), with the records that feed the district's indicators: services delivered, funding, training and
 * the other service facilities the district counts.
 *
 * <p>The units ({@link io.github.jiceng.governance.core.service.ServiceUnit}) each serve one territorial unit: the
 * centre a district, a station a township, a room a village-level unit. They have an opening date and, once closed, a
 * closing date. Their staff are social workers of the linkage model ({@link
 * io.github.jiceng.governance.core.linkage.worker.SocialWorker}): a station's staff are the workers whose employer is
 * the station; a room's and a centre's staff are the workers the record lists. Records refer to units by id.
 *
 * <p>{@link io.github.jiceng.governance.core.service.ServiceSystem} builds the whole hierarchy of a district from
 * records and navigates it up and down, on a day: the stations of a township, the rooms under a station, the station
 * above a room. {@link io.github.jiceng.governance.core.service.DistrictProfile} summarises a district for a
 * {@link io.github.jiceng.governance.core.service.ReportingPeriod} in the shape of the figures civil-affairs bureaus
 * publish. Like the territory types, these value types reject only what makes a value meaningless (a unit whose
 * territory is at the wrong level, a closing date before the opening date, a negative amount); whether the records
 * are complete and consistent with each other is for the rules ({@code io.github.jiceng.governance.rules.service}).
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.service;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

/**
 * The territorial hierarchy (行政区划层级) of grassroots governance: county-level {@link
 * io.github.jiceng.governance.core.territory.District districts} (区/县), township-level {@link
 * io.github.jiceng.governance.core.territory.Township townships} (街道/镇/乡) and village-level {@link
 * io.github.jiceng.governance.core.territory.Village villages} (村级单位: an administrative village 村 or a residents'
 * community 社区; there is no separate {@code Community} type, a community is a {@code Village} of kind {@link
 * io.github.jiceng.governance.core.id.VillageKind#COMMUNITY COMMUNITY}), and the {@link
 * io.github.jiceng.governance.core.territory.Territory} index built from them.
 *
 * <p>Each unit carries its own {@link io.github.jiceng.governance.core.id.DivisionCode division code} and, separately,
 * the code of the parent its record states ({@code Township.districtCode()}, {@code Village.townshipCode()}). The
 * types reject only what makes a value meaningless, such as a township whose own code is not township-level. They
 * accept records that are inconsistent with each other (a village whose code is not under its stated township, a
 * kind that disagrees with the code range, a parent that does not exist), because real data contains such records
 * and the rules report them as findings. The {@link io.github.jiceng.governance.core.territory.Territory} index
 * links units by their codes, so rules compare the stated parent code with it.
 *
 * <p>Units also carry a period of validity (villages merge and split): see {@link
 * io.github.jiceng.governance.core.territory.TerritorialUnit#isInForceOn(java.time.LocalDate)} and {@link
 * io.github.jiceng.governance.core.territory.Territory#asOf(java.time.LocalDate)}.
 */
@Value.Style(jakarta = true, allowedClasspathAnnotations = {Override.class}, jdkOnly = true,
    strictBuilder = true, get = {}, builder = "new",
    visibility = ImplementationVisibility.PUBLIC, builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true))
package io.github.jiceng.governance.core.territory;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of the three-tier social-work service system (三级服务体系规则集), to add to a rule pack.
 */
public final class ServiceRules {
  private ServiceRules() {
  }

  /**
   * Returns a new instance of every service rule. The local standards (staffing, certified share, equipment,
   * funding) are among them but off until a pack sets their parameters ({@link ServiceStandards}).
   *
   * @return the rules, grouped by subject
   */
  public static List<Rule<?>> all() {
    return List.of(
        new DistrictCentreMissingRule(),
        new DistrictMultipleCentresRule(),
        new DistrictOrganisationsRule(),
        new TownshipStationMissingRule(),
        new TownshipMultipleStationsRule(),
        new VillageMultipleRoomsRule(),
        new StationTownshipUnknownRule(),
        new StationNoCertifiedWorkerRule(),
        new StationUnderstaffedRule(),
        new StationCertifiedShareRule(),
        new StationEquipmentRule(),
        new StationUnderfundedRule(),
        new RoomVillageUnknownRule(),
        new RoomStationMissingRule(),
        new UnitOperatorMissingRule(),
        new RecordUnitMissingRule(),
        new RecordUnitClosedRule());
  }
}

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicators of the three-tier social-work service system (三级服务体系指标), each defined once, and their
 * computation per unit of a level: {@link #byLevel}.
 *
 * <pre>{@code
 * IndicatorValue coverage = ServiceIndicators.STATION_COVERAGE
 *     .compute(system, system.district(), ReportingPeriod.year(2025));
 * coverage.value(); // Optional[100.00] for Kaizhou's 40 of 40
 * List<IndicatorValue> perTownship = ServiceIndicators.byLevel(system, ServiceIndicators.ROOM_COVERAGE,
 *     DivisionLevel.TOWNSHIP, ReportingPeriod.year(2025));
 * }</pre>
 */
public final class ServiceIndicators {
  /** Station coverage of townships and streets (乡镇（街道）社工站覆盖率), %; national goal: basic full coverage by 2025. */
  public static final Indicator STATION_COVERAGE = Indicator.of("service.station-coverage",
      "乡镇（街道）社工站覆盖率", "station coverage of townships and streets",
      Measure.TOWNSHIPS_WITH_STATION, Measure.TOWNSHIPS, IndicatorUnit.PERCENT, 2);
  /** Room coverage of villages and communities (村（社区）社工室覆盖率), %. */
  public static final Indicator ROOM_COVERAGE = Indicator.of("service.room-coverage",
      "村（社区）社工室覆盖率", "room coverage of villages and communities",
      Measure.VILLAGES_WITH_ROOM, Measure.VILLAGES, IndicatorUnit.PERCENT, 2);
  /** Social workers per station (站均社工人数). */
  public static final Indicator WORKERS_PER_STATION = Indicator.of("service.workers-per-station",
      "站均社工人数", "social workers per station",
      Measure.STATION_STAFF, Measure.STATIONS, IndicatorUnit.PERSONS_PER_UNIT, 2);
  /** Certified share of the units' social workers (持证社工占比), %. */
  public static final Indicator CERTIFIED_SHARE = Indicator.of("service.certified-share",
      "持证社工占比", "certified share of social workers",
      Measure.CERTIFIED_STAFF, Measure.STAFF, IndicatorUnit.PERCENT, 2);
  /** People trained in the period (培训人次); per year for a calendar-year period. */
  public static final Indicator PEOPLE_TRAINED = Indicator.of("service.people-trained",
      "培训人次", "people trained",
      Measure.PEOPLE_TRAINED, Measure.ONE, IndicatorUnit.PERSON_TIMES, 0);
  /** Service activities per station in the period (站均服务场次). */
  public static final Indicator SERVICES_PER_STATION = Indicator.of("service.services-per-station",
      "站均服务场次", "service activities per station",
      Measure.STATION_SERVICES, Measure.STATIONS_OPEN_IN_PERIOD, IndicatorUnit.ACTIVITIES_PER_UNIT, 2);
  /** People served per station in the period (站均服务人次). */
  public static final Indicator BENEFICIARIES_PER_STATION = Indicator.of("service.beneficiaries-per-station",
      "站均服务人次", "people served per station",
      Measure.STATION_BENEFICIARIES, Measure.STATIONS_OPEN_IN_PERIOD, IndicatorUnit.PERSONS_PER_UNIT, 2);
  /** Funding per station in the period (站均经费), yuan. */
  public static final Indicator FUNDING_PER_STATION = Indicator.of("service.funding-per-station",
      "站均经费", "funding per station",
      Measure.STATION_FUNDING, Measure.STATIONS_OPEN_IN_PERIOD, IndicatorUnit.YUAN_PER_UNIT, 2);
  /** Community social organisations per urban community (城市社区平均社区社会组织数); 2017 target: at least 10. */
  public static final Indicator ORGANISATIONS_PER_URBAN_COMMUNITY = Indicator.of(
      "service.organisations-per-urban-community", "城市社区平均社区社会组织数",
      "community social organisations per urban community",
      Measure.URBAN_COMMUNITY_ORGANISATIONS, Measure.URBAN_COMMUNITIES, IndicatorUnit.ORGANISATIONS_PER_UNIT, 2);
  /** Community social organisations per rural community (农村社区平均社区社会组织数); 2017 target: at least 5. */
  public static final Indicator ORGANISATIONS_PER_RURAL_COMMUNITY = Indicator.of(
      "service.organisations-per-rural-community", "农村社区平均社区社会组织数",
      "community social organisations per rural community",
      Measure.RURAL_COMMUNITY_ORGANISATIONS, Measure.RURAL_COMMUNITIES, IndicatorUnit.ORGANISATIONS_PER_UNIT, 2);

  private static final List<Indicator> ALL = List.of(STATION_COVERAGE, ROOM_COVERAGE, WORKERS_PER_STATION,
      CERTIFIED_SHARE, PEOPLE_TRAINED, SERVICES_PER_STATION, BENEFICIARIES_PER_STATION, FUNDING_PER_STATION,
      ORGANISATIONS_PER_URBAN_COMMUNITY, ORGANISATIONS_PER_RURAL_COMMUNITY);

  private ServiceIndicators() {
  }

  /**
   * Returns every indicator.
   *
   * @return the indicators, in the order above
   */
  public static List<Indicator> all() {
    return ALL;
  }

  /**
   * Finds an indicator by id.
   *
   * @param id the id, not null
   * @return the indicator, or empty if none has that id
   */
  public static Optional<Indicator> find(String id) {
    Objects.requireNonNull(id, "id");
    return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /**
   * Computes an indicator for every unit of a level: the district itself for {@link DivisionLevel#COUNTY}, otherwise
   * each township or village-level unit in force on the period's reference day.
   *
   * @param system the system, not null
   * @param indicator the indicator, not null
   * @param level {@code COUNTY}, {@code TOWNSHIP} or {@code VILLAGE}, not null
   * @param period the period, not null
   * @return one value per unit, by code
   * @throws IllegalArgumentException if the level is above county
   * @throws NullPointerException if an argument is null
   */
  public static List<IndicatorValue> byLevel(ServiceSystem system, Indicator indicator, DivisionLevel level,
      ReportingPeriod period) {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(period, "period");
    if (level.isAbove(DivisionLevel.COUNTY)) {
      throw new IllegalArgumentException("indicators are computed for the district, its townships or its villages,"
          + " not at " + level);
    }
    if (level == DivisionLevel.COUNTY) {
      return List.of(indicator.compute(system, system.district(), period));
    }
    return system.territoryOn(period.referenceDay()).units(level).stream().map(TerritorialUnit::code)
        .distinct().map(code -> indicator.compute(system, code, period)).collect(Collectors.toUnmodifiableList());
  }
}

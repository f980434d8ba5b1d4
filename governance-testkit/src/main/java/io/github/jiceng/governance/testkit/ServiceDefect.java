package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate defect (三级服务体系数据缺陷) planted in a generated service dataset, and the id of the rule that reports
 * it. Each defect makes exactly one finding with the standard packs ({@code cn}, {@code cn.chongqing} and a district
 * pack), validated on the dataset's day with {@code ServiceLookup.of(records)}; those marked {@link
 * #isLocalStandard()} make it only with a pack that sets the local standards (the example standards pack and a
 * yearly funding minimum of {@link ServiceGenerators#MINIMUM_ANNUAL_FUNDING} yuan) and none with the standard packs.
 *
 * @see ServiceGenerators#defective(TerritoryShape, ServiceDefect)
 */
public enum ServiceDefect implements Displayable {
  /** A new township, without villages, that has no station. */
  TOWNSHIP_WITHOUT_STATION("service.township.station-missing", "township", false, "乡镇（街道）未建社工站",
      "township without a station"),
  /** A second station in a township, with two certified workers. */
  SECOND_STATION("service.township.multiple-stations", "township", false, "乡镇（街道）重复设站", "second station"),
  /** A second room in a village. */
  SECOND_ROOM("service.village.multiple-rooms", "village", false, "村（社区）重复设室", "second room"),
  /** The guidance centre closed a month before the dataset's day. */
  CENTRE_CLOSED("service.district.centre-missing", "district", false, "指导中心已停用", "centre closed"),
  /** A second guidance centre. */
  SECOND_CENTRE("service.district.multiple-centres", "district", false, "重复设立指导中心", "second centre"),
  /** One community social organisation of an urban community removed: the urban average falls below 10. */
  ORGANISATIONS_BELOW_TARGET("service.district.organisations-below-target", "district", false,
      "城市社区社会组织平均数不足", "urban organisations below the target"),
  /** A station serving a township code that is not in the territory, with two certified workers. */
  STATION_TOWNSHIP_UNKNOWN("service.station.township-unknown", "social-work-station", false,
      "社工站所在乡镇不存在", "station in an unknown township"),
  /** Every worker of a station uncertified. */
  STATION_NO_CERTIFIED_WORKER("service.station.no-certified-worker", "social-work-station", false,
      "社工站无持证社工", "station without a certified worker"),
  /** A station left with one certified worker (local standard: 2). */
  STATION_UNDERSTAFFED("service.station.understaffed", "social-work-station", true, "社工站人员不足",
      "station with one worker"),
  /** A station with 2 certified of 4 workers (local standard: 60%). */
  STATION_CERTIFIED_SHARE_LOW("service.station.certified-share-low", "social-work-station", true,
      "社工站持证率不足", "station 50% certified"),
  /** A station with 30,000 yuan of equipment (local standard: 40,000). */
  STATION_EQUIPMENT_LOW("service.station.equipment-below-standard", "social-work-station", true,
      "社工站设备不足", "station with 30,000 yuan of equipment"),
  /** A station without funding in the last complete year (standard set by the test). */
  STATION_UNDERFUNDED("service.station.underfunded", "social-work-station", true, "社工站年度经费不足",
      "station without last year's funding"),
  /** A room in a village whose township was abolished, leaving no station above it. */
  ROOM_WITHOUT_STATION("service.room.station-missing", "social-work-room", false, "社工室所在乡镇无社工站",
      "room without a station above it"),
  /** A room serving a village code that is not in the territory. */
  ROOM_VILLAGE_UNKNOWN("service.room.village-unknown", "social-work-room", false, "社工室所在村（社区）不存在",
      "room in an unknown village"),
  /** A station run by an organisation that is not among the records. */
  OPERATOR_MISSING("service.unit.operator-missing", "social-work-station", false, "运营机构不存在",
      "unknown operator"),
  /** A service record of a unit that is not among the records. */
  RECORD_UNIT_MISSING("service.record.unit-missing", "service-delivery", false, "服务记录所属阵地不存在",
      "service record of an unknown unit"),
  /** A service record dated the day before its unit opened. */
  RECORD_UNIT_CLOSED("service.record.unit-closed", "service-delivery", false, "服务记录日期早于阵地启用",
      "service record before its unit opened");

  private final String ruleId;
  private final String subjectType;
  private final boolean localStandard;
  private final BilingualText name;

  ServiceDefect(String ruleId, String subjectType, boolean localStandard, String chinese, String english) {
    this.ruleId = ruleId;
    this.subjectType = subjectType;
    this.localStandard = localStandard;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the id of the rule that reports the defect.
   *
   * @return for example {@code service.township.station-missing}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the record type of the finding's subject.
   *
   * @return for example {@code township}
   */
  public String subjectType() {
    return subjectType;
  }

  /**
   * Returns whether the defect breaks a local standard, reported only by a pack that sets it.
   *
   * @return true for the staffing, certified-share, equipment and funding defects
   */
  public boolean isLocalStandard() {
    return localStandard;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

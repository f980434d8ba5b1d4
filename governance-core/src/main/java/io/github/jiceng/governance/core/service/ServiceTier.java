package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.util.Locale;

/**
 * A tier of the three-tier social-work service system (三级社会工作服务体系的层级): district, township or street, village
 * or community. Each tier has one kind of unit and serves territorial units of one level.
 */
public enum ServiceTier implements Displayable {
  /** 区县社会工作指导中心: the district guidance centre ("一县一中心"), serving a county-level division. */
  DISTRICT("guidance-centre", DivisionLevel.COUNTY, "区县社会工作指导中心", "district social-work guidance centre"),
  /** 乡镇（街道）社工站: a township or street social-work station ("一乡镇（街道）一站点"), serving a township. */
  TOWNSHIP("social-work-station", DivisionLevel.TOWNSHIP, "乡镇（街道）社工站", "township social-work station"),
  /** 村（社区）社工室: a village or community social-work room, serving a village-level unit. */
  VILLAGE("social-work-room", DivisionLevel.VILLAGE, "村（社区）社工室", "village social-work room");

  private final String recordType;
  private final DivisionLevel territoryLevel;
  private final BilingualText name;

  ServiceTier(String recordType, DivisionLevel territoryLevel, String chinese, String english) {
    this.recordType = recordType;
    this.territoryLevel = territoryLevel;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the record type name of this tier's units, in data and reports.
   *
   * @return {@code guidance-centre}, {@code social-work-station} or {@code social-work-room}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * Returns the level of the territorial units this tier serves.
   *
   * @return {@link DivisionLevel#COUNTY}, {@link DivisionLevel#TOWNSHIP} or {@link DivisionLevel#VILLAGE}
   */
  public DivisionLevel territoryLevel() {
    return territoryLevel;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

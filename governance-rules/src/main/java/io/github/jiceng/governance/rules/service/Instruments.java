package io.github.jiceng.governance.rules.service;

/**
 * The titles of the instruments the three-tier service rules rest on, as constants for the {@code @Basis}
 * annotations (so that one title is spelt one way).
 */
final class Instruments {
  /** The civil-affairs ministry's 2021 push for township stations and the three-tier system (reference.md §4). */
  static final String STATION_PROGRAMME = "民政部 推进乡镇（街道）社会工作服务站建设（三级社会工作服务体系）";
  /** Its version. */
  static final String STATION_PROGRAMME_VERSION = "2021年";
  /** Local schemes for the tiers ("一县一中心、一乡镇（街道）一站点", rooms in villages and communities). */
  static final String LOCAL_TIER_SCHEMES = "地方三级社会工作服务体系建设方案（如兰州市2022年方案）";
  /** Local staffing and equipment standards for stations; no national numeric standard exists. */
  static final String LOCAL_STATION_STANDARDS = "地方社工站建设标准（如锦州市凌河区每站2名社工；某省方案持证率60%、设备4万元）";
  /** 民政部关于大力培育发展社区社会组织的意见. */
  static final String COMMUNITY_ORGANISATION_OPINION = "民政部关于大力培育发展社区社会组织的意见（民发〔2017〕191号）";
  /** The statistical division codes, which place every township in a county and every village in a township. */
  static final String DIVISION_CODES = "国家统计局 统计用区划代码";

  private Instruments() {
  }
}

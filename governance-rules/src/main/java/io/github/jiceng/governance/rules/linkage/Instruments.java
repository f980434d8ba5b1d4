package io.github.jiceng.governance.rules.linkage;

/**
 * The titles of the instruments the linkage rules rest on, and the dates they are in force, as constants for the
 * {@code @Basis} annotations (so that one title is spelt one way).
 */
final class Instruments {
  /** 中华人民共和国慈善法. */
  static final String CHARITY_LAW = "中华人民共和国慈善法";
  /** The Charity Law as adopted in 2016. */
  static final String CHARITY_LAW_2016 = "2016年";
  /** The Charity Law as amended on 2023-12-29. */
  static final String CHARITY_LAW_2023 = "2023年修正";
  /** First day of the 2016 Charity Law. */
  static final String CHARITY_LAW_2016_FROM = "2016-09-01";
  /** First day of the 2023 amendment (and last day + 1 of the 2016 text). */
  static final String CHARITY_LAW_2023_FROM = "2024-09-05";
  /** 志愿服务条例 (国务院令第685号). */
  static final String VOLUNTEER_REGULATION = "志愿服务条例（国务院令第685号）";
  /** First day of the volunteer service regulation. */
  static final String VOLUNTEER_REGULATION_FROM = "2017-12-01";
  /** 志愿服务记录与证明出具办法（试行） (民政部令第67号). */
  static final String RECORD_MEASURES_2020 = "志愿服务记录与证明出具办法（试行）（民政部令第67号）";
  /** First day of the 2020 record measures. */
  static final String RECORD_MEASURES_2020_FROM = "2021-02-01";
  /** 志愿服务记录办法 (民函〔2012〕340号). */
  static final String RECORD_MEASURES_2012 = "志愿服务记录办法（民函〔2012〕340号）";
  /** 重庆市志愿服务条例. */
  static final String CHONGQING_VOLUNTEER_REGULATION = "重庆市志愿服务条例";
  /** First day of the Chongqing volunteer service regulation. */
  static final String CHONGQING_VOLUNTEER_REGULATION_FROM = "2015-10-01";
  /** 基金会管理条例. */
  static final String FOUNDATION_REGULATION = "基金会管理条例";
  /** First day of the foundation regulation. */
  static final String FOUNDATION_REGULATION_FROM = "2004-06-01";
  /** The 2021 national opinion on grassroots governance. */
  static final String GRASSROOTS_OPINION = "中共中央 国务院关于加强基层治理体系和治理能力现代化建设的意见";
  /** The Kaizhou district civil-affairs bureau's implementing opinion on five-society linkage. */
  static final String KAIZHOU_OPINION = "开州区民政局关于创新\"五社联动\"机制，提升基层治理效能的实施意见";
  /** The national standard of unified social credit codes. */
  static final String CREDIT_CODE_STANDARD = "GB 32100-2015 法人和其他组织统一社会信用代码编码规则";
  /** 民政部关于大力培育发展社区社会组织的意见. */
  static final String COMMUNITY_ORGANISATION_OPINION = "民政部关于大力培育发展社区社会组织的意见（民发〔2017〕191号）";

  private Instruments() {
  }
}

package io.github.jiceng.governance.rules.covenant;

/** Constants of the legal bases of this package, for use in {@code @Basis} annotations. */
final class Bases {
  static final String VILLAGE_LAW = "中华人民共和国村民委员会组织法";
  static final String RESIDENTS_LAW = "中华人民共和国城市居民委员会组织法";
  static final String CHONGQING_MEASURES = "重庆市实施《中华人民共和国村民委员会组织法》办法";
  static final String GUIDANCE = "关于做好村规民约和居民公约工作的指导意见";
  static final String GUIDANCE_VERSION = "民政部等七部门 2018年";
  static final String GUIDANCE_FROM = "2018-12-27";
  static final String GUIDANCE_NOTE = "reference §3.2 [C, 新华社 2018-12-27]; the document number 民发〔2018〕144号 is [U]";
  static final String VILLAGE_EARLIER = "2010年修订、2018年修正";
  static final String RESIDENTS_EARLIER = "1989年通过、2018年修正";
  static final String VILLAGE_2025 = "2025年修正";
  static final String RESIDENTS_2025 = "2025年修订";
  static final String REVISED = "2026-01-01";
  static final String VILLAGE_FROM = "2010-10-28";
  static final String RESIDENTS_FROM = "1990-01-01";
  static final String CHONGQING_FROM = "2013-11-01";
  static final String CONFIRMED_NOTE = "reference §3.1 [C, LRB]: checked against the law text";
  static final String INSTRUMENT_NOTE = "reference §0 [C]: the text takes effect on 2026-01-01; article not yet known,"
      + " the provision is assumed to continue";
  static final String PROVISIONAL_NOTE = "reference §9 item 1 [U]: the 2026 texts' filing body is not confirmed; the"
      + " earlier texts' body is carried provisionally";

  private Bases() {
  }
}

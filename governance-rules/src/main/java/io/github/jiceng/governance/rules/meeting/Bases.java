package io.github.jiceng.governance.rules.meeting;

/** Constants of the legal bases of this package, for use in {@code @Basis} annotations. */
final class Bases {
  static final String VILLAGE_LAW = "中华人民共和国村民委员会组织法";
  static final String RESIDENTS_LAW = "中华人民共和国城市居民委员会组织法";
  static final String CHONGQING_MEASURES = "重庆市实施《中华人民共和国村民委员会组织法》办法";
  static final String VILLAGE_EARLIER = "2010年修订、2018年修正";
  static final String RESIDENTS_EARLIER = "1989年通过、2018年修正";
  static final String VILLAGE_2025 = "2025年修正";
  static final String RESIDENTS_2025 = "2025年修订";
  static final String REVISED = "2026-01-01";
  static final String VILLAGE_FROM = "2010-10-28";
  static final String RESIDENTS_FROM = "1990-01-01";
  static final String AMENDED_2018 = "2018-12-29";
  static final String CHONGQING_FROM = "2013-11-01";
  static final String CONFIRMED_NOTE = "reference §3.1 [C, LRB]: checked against the law text";
  static final String PACK_NOTE = "applies from 2026-01-01 only where the rule pack sets the number (for example after"
      + " checking the official text); article numbers shift in the 2025 texts and are not yet recorded";
  static final String PROVISIONAL_NOTE = "reference §0 [C] that the text changed on 2026-01-01, §9 item 1 [U] for its"
      + " numbers: the earlier number is carried provisionally until the official text is checked";
  static final String INSTRUMENT_NOTE = "reference §0 [C]: the text takes effect on 2026-01-01; article not yet known";

  private Bases() {
  }
}

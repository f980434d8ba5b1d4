package io.github.jiceng.governance.rules.burden;

/**
 * The titles of the instruments the burden rules cite, as constants for {@code @Basis} annotations. Sources and
 * confidence: {@code shared/domain/reference.md} section 2.
 */
final class Instruments {
  /** The 2022 national opinion on village-level work items, mechanisms, plaques and certificates [C]. */
  static final String NATIONAL_2022 = "中共中央办公厅、国务院办公厅《关于规范村级组织工作事务、机制牌子和证明事项的意见》";
  /** Its document number. */
  static final String NATIONAL_2022_NUMBER = "厅字〔2022〕28号";
  /** Chongqing's 2019 notice on self-governance and assistance items [C: 重庆市民政局 reply, 2019-12-31]. */
  static final String CQ_ITEMS_2019 = "重庆市人民政府办公厅《关于进一步明确基层群众性自治组织依法自治及协助政府工作事项的通知》";
  /** Chongqing's 2019 notice on certificates [C: same reply]. */
  static final String CQ_CERTIFICATES_2019 = "重庆市人民政府办公厅《关于进一步规范村（社区）证明事项的通知》";
  /** The 2021 detailed assistance list and its policy explanation [C: msnc.org.cn/show-269629.html]. */
  static final String CQ_ASSIST_2021 = "重庆市民政局 市委政法委《基层群众性自治组织依法协助政府工作事项细化清单》政策解读";
  /** The Villagers' Committees Organic Law. */
  static final String VILLAGE_LAW = "中华人民共和国村民委员会组织法";
  /** The Urban Residents' Committees Organic Law. */
  static final String RESIDENT_LAW = "中华人民共和国城市居民委员会组织法";
  /** Chongqing's implementing measures of the Villagers' Committees Organic Law (2013) [C]. */
  static final String CQ_VILLAGE_MEASURES = "重庆市实施《中华人民共和国村民委员会组织法》办法";
  /** 渝北区's lists as reported on 2023-02-01 [S]. */
  static final String YUBEI_2023 = "渝北区村（社区）“四张清单”（重庆市民政局网站2023-02-01报道）";
  /** 巴南区's lists as reported on 2024-12-02 [S]. */
  static final String BANAN_2024 = "巴南区村（社区）“四张清单”（news.qq.com 2024-12-02报道）";
  /** Chongqing's 2024 admission measures as reported [S]. */
  static final String CQ_ADMISSION_2024 = "重庆市《村（社区）工作准入事项管理办法》";
  /** Local admission practice; time limits unconfirmed [U]. */
  static final String LOCAL_PRACTICE = "村（社区）工作事项准入 地方实践";

  private Instruments() {
  }
}

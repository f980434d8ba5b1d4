package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/** The fixed texts of the HTML report (报告文字), in Chinese and English. */
enum Label implements Displayable {
  TITLE("基层治理数据检查报告", "Grassroots governance data validation report"),
  INPUT("输入与结果概览", "Input and result"),
  INPUT_FILES("输入文件", "Input files"),
  NOT_GIVEN("（未提供）", "(not given)"),
  INPUT_CONTENT("内容", "Content"),
  BYTES("字节", "bytes"),
  RECORDS("记录", "Records"),
  READ("读取", "read"),
  RECORDS_READ("读取记录", "records read"),
  SUPPRESSED_COUNT("（已豁免 %d 条）", " (%d suppressed)"),
  VALID("有效", "valid"),
  WITH_ERRORS("有错误", "with errors"),
  UNREADABLE("无法读取", "unreadable"),
  FINDINGS_TOTAL("问题", "Findings"),
  PACK("规则包", "Rule pack"),
  AS_OF("检查日期", "As of"),
  FILING_DEADLINE("备案期限", "Filing deadline"),
  DAYS_AFTER_VOTE("表决后 %d 日", "%d days after the vote"),
  NO_DEADLINE("规则包未设定（不判定逾期）", "not set by the pack (nothing is overdue)"),
  SUMMARY("按领域和级别汇总", "Findings by area and severity"),
  AREA("领域", "Area"),
  TOTAL("合计", "Total"),
  SUMMARY_FROM_KEPT("按报告保留的 %d 条问题统计。", "Counted from the %d findings kept in the report."),
  FINDINGS("问题清单", "Findings"),
  FILTER("筛选", "Filter"),
  FILTER_PLACEHOLDER("输入文字筛选，如规则编号、对象或说明", "Type to filter: rule id, subject, message..."),
  SEVERITY("级别", "Severity"),
  ALL("全部", "All"),
  SHOWN("显示", "shown"),
  OF("共", "of"),
  TRUNCATED("本报告保留了前 %d 条问题，另有 %d 条未列出（汇总计数包含全部问题）。",
      "The report kept the first %d findings; %d more are not listed (the summary counts all of them)."),
  NO_FINDINGS("没有发现问题。", "No findings."),
  COL_RECORD("记录", "Record"),
  COL_RULE("规则", "Rule"),
  COL_SUBJECT("对象", "Subject"),
  COL_LOCATION("位置", "Location"),
  COL_POINTER("字段路径", "Pointer"),
  COL_MESSAGE("说明", "Message"),
  CHARTS("图表", "Charts"),
  COVERAGE("三级服务阵地覆盖（按乡镇街道）", "Three-tier coverage by township"),
  COVERAGE_NOTE("条形长度为村（社区）数，深色部分为设有社会工作室的村（社区）；圆点表示乡镇（街道）社会工作站：实心为已建，空心为未建。",
      "Bar length: villages and communities; dark part: those with a social-work room. Dot: the township's"
          + " social-work station, filled if it has one, hollow if not."),
  STATION_YES("已建社会工作站", "has a social-work station"),
  STATION_NO("未建社会工作站", "no social-work station"),
  VILLAGES_WITH_ROOM("个村（社区）设有社会工作室，共", "villages and communities with a room, of"),
  VILLAGES_WITH_ROOM_LEGEND("设有社会工作室的村（社区）", "villages and communities with a room"),
  VILLAGES_LEGEND("村（社区）总数", "all villages and communities"),
  NO_TOWNSHIPS("数据中没有乡镇（街道）。", "The data has no townships."),
  FUNNEL("五社联动项目漏斗", "Five-society linkage project funnel"),
  FUNNEL_NOTE("每一级为到达该阶段或更后阶段的项目数。", "Each step counts the projects that reached it or a later step."),
  PROJECTS_WITHOUT_STAGE("尚无阶段的项目：%d 个。", "Projects without a stage yet: %d."),
  COVENANTS("村规民约（居民公约）进度", "Covenant status"),
  COVENANTS_NOTE("现行版本按截至检查日期到达的最远步骤统计。", "Current versions, by the furthest step reached by the as-of date."),
  COVENANTS_NOT_CURRENT("已被修订或废止的版本（未计入）：%d 个。", "Superseded or repealed versions (not shown): %d."),
  FOOTER("由 Jiceng 基层治理 SDK 生成。本文件离线可用，不访问网络。",
      "Made by the Jiceng governance SDK. This file works offline and loads nothing from the network.");

  private final BilingualText text;

  Label(String chinese, String english) {
    this.text = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return text.in(locale);
  }

  /**
   * Returns the text with its {@code %d} placeholders filled.
   *
   * @param locale the language
   * @param values the numbers
   * @return the text
   */
  String format(Locale locale, Object... values) {
    return String.format(Locale.ROOT, displayName(locale), values);
  }
}

package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/** The areas of the rule ids (规则领域), the first segment of a finding's code, with their display names. */
enum RuleArea implements Displayable {
  INPUT("input", "输入", "input"),
  JSON("json", "数据格式", "data format"),
  ID("id", "标识码", "identifiers"),
  TERRITORY("territory", "行政区划", "territory"),
  SERVICE("service", "社会工作服务", "social-work services"),
  LINKAGE("linkage", "五社联动", "five-society linkage"),
  MEETING("meeting", "会议与组织", "meetings and committees"),
  COVENANT("covenant", "村规民约", "covenants"),
  COUNCIL("council", "议事协商", "councils"),
  BURDEN("burden", "减负清单", "four lists");

  private final String id;
  private final BilingualText name;

  RuleArea(String id, String chinese, String english) {
    this.id = id;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the display name of an area id, such as {@code linkage}: the id with its name for a known area, the id
   * alone otherwise.
   *
   * @param area the area id
   * @param locale the language
   * @return for example {@code "linkage（五社联动）"} or {@code "linkage (five-society linkage)"}
   */
  static String describe(String area, Locale locale) {
    for (RuleArea known : values()) {
      if (known.id.equals(area)) {
        if (HtmlReport.chinese(locale)) {
          return area + "（" + known.name.chinese() + "）";
        }
        return area.equals(known.name.english()) ? area : area + " (" + known.name.english() + ")";
      }
    }
    return area;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

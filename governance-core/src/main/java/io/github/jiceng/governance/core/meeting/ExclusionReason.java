package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Why a villager is not counted in the base of a villagers' meeting (不计入村民总数的情形), under 重庆市实施《中华人民共和国
 * 村民委员会组织法》办法 第七条. The national law has no such exclusions; whether they apply is a rule-pack parameter.
 */
public enum ExclusionReason implements Displayable {
  /** Away and cannot be reached (外出无法联系). */
  UNREACHABLE("外出无法联系", "away and cannot be reached"),
  /** Away and unable to return (外出不能回来). */
  UNABLE_TO_RETURN("外出不能返回", "away and unable to return"),
  /** A person with a mental illness during an episode (精神病人发病期间). */
  MENTAL_ILLNESS_EPISODE("精神病人发病期间", "mental illness, during an episode"),
  /** An intellectually disabled person who cannot express their will (智力残疾不能表达意志). */
  UNABLE_TO_EXPRESS_WILL("智力残疾不能表达意志", "intellectual disability, unable to express their will");

  private final BilingualText name;

  ExclusionReason(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

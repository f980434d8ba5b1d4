package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Who convened a meeting (召集人).
 */
public enum Convener implements Displayable {
  /** The villagers' committee (村民委员会), which convenes the villagers' and representative meetings. */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee"),
  /** The residents' committee (居民委员会), which convenes the residents' meeting. */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee"),
  /** The leader of a villager group (村民小组组长), who convenes the group meeting. */
  GROUP_LEADER("村民小组组长", "villager group leader"),
  /** Someone else, for example the township government in a reorganisation (其他). */
  OTHER("其他", "other");

  private final BilingualText name;

  Convener(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Whether funding follows a listed task (费随事转): whether the department that hands the work to the village or
 * community pays for it, as the list states.
 */
public enum ItemFunding implements Displayable {
  /** The list says the department pays (费随事转, 经费由委托部门承担). */
  FOLLOWS_TASK("费随事转", "funding follows the task"),
  /** The list says the work comes without funding. */
  NONE("无经费", "no funding"),
  /** The list does not say. */
  NOT_STATED("未载明", "not stated");

  private final BilingualText name;

  ItemFunding(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How a department hands a task to villages or communities (交办方式): through the admission procedure, or by
 * administrative command, which is not allowed for a task outside the assistance list (the village or community "有权拒绝").
 */
public enum AssignmentMode implements Displayable {
  /** Through an admission application (准入申请), for review. */
  APPLICATION("申请准入", "admission application"),
  /** By administrative command (以行政命令方式交办). */
  ADMINISTRATIVE_ORDER("以行政命令方式交办", "by administrative command");

  private final BilingualText name;

  AssignmentMode(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.examples.report;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Where a current covenant version stands on the report's day (公约进度), as the covenant status chart shows it: the
 * furthest step its status history and adoption record reached, or overdue for filing when it was adopted, is not
 * filed and the filing deadline of the rule pack has passed.
 */
public enum CovenantState implements Displayable {
  /** 起草: being drafted (opinions solicited, a draft prepared, or nothing recorded yet). */
  DRAFTED("起草中", "drafted"),
  /** 审核: submitted to the township or street for review. */
  REVIEWED("已提请审核", "reviewed"),
  /** 表决通过: adopted by the meeting's vote, not filed yet, still within the filing deadline. */
  ADOPTED("已表决通过", "adopted"),
  /** 备案: filed with the competent government body. */
  FILED("已备案", "filed"),
  /** 公布: published. */
  PUBLISHED("已公布", "published"),
  /** 逾期未备案: adopted, not filed, and the filing deadline after the vote has passed. */
  OVERDUE("逾期未备案", "overdue for filing");

  private final BilingualText name;

  CovenantState(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

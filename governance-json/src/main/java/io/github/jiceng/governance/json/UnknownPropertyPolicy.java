package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * What a {@link RecordReader} does with a property that the record type does not have (未知属性处理方式). In every
 * case the record is still read, and every unknown property is handled, not only the first.
 */
public enum UnknownPropertyPolicy implements Displayable {
  /** Report each unknown property as a {@code json.unknown-property} ERROR finding (the default). */
  ERROR("报告为错误", "report as an error"),
  /** Report each unknown property as a {@code json.unknown-property} WARNING finding. */
  WARNING("报告为警告", "report as a warning"),
  /** Skip unknown properties without a finding. */
  IGNORE("忽略", "ignore");

  private final BilingualText name;

  UnknownPropertyPolicy(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How serious a finding is (严重程度). Only {@link #ERROR} makes a record invalid; warnings never fail a report.
 */
public enum Severity implements Displayable {
  /** The record breaks a legal requirement or is unusable: it is invalid. */
  ERROR("错误", "error"),
  /** The record is lawful but suspicious or incomplete; a person should look at it. */
  WARNING("警告", "warning"),
  /** Information for the reader; nothing to fix. */
  INFO("提示", "info");

  private final BilingualText name;

  Severity(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

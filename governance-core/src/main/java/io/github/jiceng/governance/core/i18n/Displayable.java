package io.github.jiceng.governance.core.i18n;

import java.util.Locale;

/**
 * A value, typically an enumeration constant, with a display name in zh-CN and English.
 */
public interface Displayable {
  /**
   * Returns the display name in a locale's language: Chinese for Chinese locales, English otherwise.
   *
   * @param locale the locale, not null
   * @return the display name
   */
  String displayName(Locale locale);
}

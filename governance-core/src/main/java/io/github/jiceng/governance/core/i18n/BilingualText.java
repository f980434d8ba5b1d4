package io.github.jiceng.governance.core.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A short text in Chinese (zh-CN) and English, such as the display name of an enumeration constant.
 *
 * <p>{@link #in(Locale)} returns the Chinese text for any locale whose language is Chinese and the English text
 * otherwise. Instances are immutable.
 */
public final class BilingualText {
  private final String chinese;
  private final String english;

  private BilingualText(String chinese, String english) {
    this.chinese = requireText(chinese, "chinese");
    this.english = requireText(english, "english");
  }

  /**
   * Returns a bilingual text.
   *
   * @param chinese the Chinese text, not blank
   * @param english the English text, not blank
   * @return the text
   * @throws IllegalArgumentException if either text is blank
   * @throws NullPointerException if either text is null
   */
  public static BilingualText of(String chinese, String english) {
    return new BilingualText(chinese, english);
  }

  /**
   * Returns the text for a locale: Chinese for {@code zh}, {@code zh-CN} and other Chinese locales; English otherwise.
   *
   * @param locale the locale, not null
   * @return the text in that locale's language, or in English
   */
  public String in(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? chinese : english;
  }

  /**
   * Returns the Chinese text.
   *
   * @return the Chinese text
   */
  public String chinese() {
    return chinese;
  }

  /**
   * Returns the English text.
   *
   * @return the English text
   */
  public String english() {
    return english;
  }

  private static String requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " text must not be blank");
    }
    return text;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BilingualText
        && chinese.equals(((BilingualText) other).chinese)
        && english.equals(((BilingualText) other).english);
  }

  @Override
  public int hashCode() {
    return Objects.hash(chinese, english);
  }

  /** Returns {@code "中文 (English)"}. */
  @Override
  public String toString() {
    return chinese + " (" + english + ")";
  }
}

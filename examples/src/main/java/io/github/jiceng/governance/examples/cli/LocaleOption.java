package io.github.jiceng.governance.examples.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --locale} option of every command: {@code zh-CN} or {@code en}. Without it the output is in Chinese if
 * the system's language is Chinese ({@code Locale.getDefault()}, from {@code LANG} on Linux and macOS), in English
 * otherwise.
 */
final class LocaleOption {
  @Option(names = "--locale", paramLabel = "zh-CN|en", converter = Converter.class,
      description = "Language of the output: zh-CN or en (default: zh-CN if the system language is Chinese, else en).")
  private Locale locale;

  /**
   * Returns the chosen language.
   *
   * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
   */
  Locale locale() {
    if (locale != null) {
      return locale;
    }
    return Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
  }

  /**
   * Tells whether the chosen language is Chinese.
   *
   * @return true for zh-CN
   */
  boolean chinese() {
    return locale().getLanguage().equals("zh");
  }

  /**
   * Returns the text in the chosen language.
   *
   * @param chinese the Chinese text
   * @param english the English text
   * @return one of them
   */
  String text(String chinese, String english) {
    return chinese() ? chinese : english;
  }

  /** Reads {@code zh-CN}, {@code zh}, {@code en} and {@code en-*}, ignoring case. */
  static final class Converter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      String tag = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
      if (tag.equals("zh") || tag.equals("zh-cn") || tag.equals("zh-hans") || tag.equals("zh-hans-cn")) {
        return Locale.SIMPLIFIED_CHINESE;
      }
      if (tag.equals("en") || tag.startsWith("en-")) {
        return Locale.ENGLISH;
      }
      throw new TypeConversionException("expected zh-CN or en, found '" + value + "'");
    }
  }
}

package io.github.jiceng.governance.examples.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's parse errors in the chosen language. They happen before the options are bound, so the language is read
 * from the arguments ({@code --locale zh-CN} or {@code --locale=zh-CN}) or else from the system, as
 * {@link LocaleOption} does. Known messages are translated into Chinese; anything else stays as picocli says it.
 */
final class ParseErrors {
  private static final Pattern UNKNOWN = Pattern.compile("Unknown options?: (.*)");
  private static final Pattern MISSING = Pattern.compile("Missing required parameters?: (.*)");
  private static final Pattern INVALID = Pattern.compile("Invalid value for option '([^']+)': (.*)");
  private static final Pattern DATE = Pattern.compile("expected a date YYYY-MM-DD, found (.*)");
  private static final Pattern LOCALE = Pattern.compile("expected zh-CN or en, found (.*)");
  private static final Pattern ENUM = Pattern.compile("expected one of \\[(.*)\\] \\(case-insensitive\\) but was (.*)");
  private static final Pattern MISSING_VALUE = Pattern.compile("Missing required parameter for option '([^']+)' (.*)");

  private ParseErrors() {
  }

  /**
   * Tells whether the arguments ask for Chinese, or, without {@code --locale}, the system's language is Chinese.
   *
   * @param args the arguments
   * @return true for Chinese
   */
  static boolean chinese(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--locale") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--locale=")) {
        value = args[i].substring("--locale=".length());
      }
      if (value != null) {
        try {
          return new LocaleOption.Converter().convert(value).getLanguage().equals("zh");
        } catch (RuntimeException e) {
          return Locale.getDefault().getLanguage().equals("zh");
        }
      }
    }
    return Locale.getDefault().getLanguage().equals("zh");
  }

  /**
   * Returns a parse error's message in Chinese if it is a known one.
   *
   * @param message picocli's message
   * @return the translation, or the message
   */
  static String chinese(String message) {
    Matcher m = UNKNOWN.matcher(message);
    if (m.matches()) {
      return "未知选项：" + m.group(1);
    }
    m = MISSING_VALUE.matcher(message);
    if (m.matches()) {
      return "选项 " + m.group(1) + " 缺少值";
    }
    m = MISSING.matcher(message);
    if (m.matches()) {
      return "缺少必需的参数：" + m.group(1);
    }
    m = INVALID.matcher(message);
    if (m.matches()) {
      return "选项 " + m.group(1) + " 的值无效：" + value(m.group(2));
    }
    return message;
  }

  private static String value(String detail) {
    Matcher m = DATE.matcher(detail);
    if (m.matches()) {
      return "应为日期 YYYY-MM-DD，实际为 " + m.group(1);
    }
    m = LOCALE.matcher(detail);
    if (m.matches()) {
      return "应为 zh-CN 或 en，实际为 " + m.group(1);
    }
    m = ENUM.matcher(detail);
    if (m.matches()) {
      return "应为 " + m.group(1).toLowerCase(Locale.ROOT) + " 之一，实际为 " + m.group(2);
    }
    return detail;
  }
}

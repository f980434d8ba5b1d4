package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns message arguments into text: for a person in a locale ({@link #display}) and for a machine
 * ({@link #attribute}).
 *
 * <p>Numbers print in plain decimal without grouping ({@code 45}, {@code 0.5}); dates print in ISO-8601, and as
 * {@code 2026年11月26日} in Chinese messages; {@link Displayable} values print their display name in messages and
 * their constant name in attributes; {@link BilingualText} prints in the locale's language (English in attributes);
 * {@link PersonalData} prints masked unless {@code reveal} is true; collections and arrays print their elements.
 */
public final class ArgumentFormatter {
  private ArgumentFormatter() {}

  /**
   * Formats an argument for a message in a locale.
   *
   * @param value the argument, not null
   * @param locale the message locale, not null
   * @param reveal whether personal data is shown in clear
   * @return the text
   */
  public static String display(Object value, Locale locale, boolean reveal) {
    Objects.requireNonNull(locale, "locale");
    return format(value, locale, reveal);
  }

  /**
   * Formats an argument as a machine-readable, locale-independent attribute value.
   *
   * @param value the argument, not null
   * @param reveal whether personal data is shown in clear
   * @return the text
   */
  public static String attribute(Object value, boolean reveal) {
    return format(value, null, reveal);
  }

  private static String format(Object value, Locale locale, boolean reveal) {
    Objects.requireNonNull(value, "argument value");
    boolean chinese = locale != null && Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    if (value instanceof PersonalData) {
      PersonalData personal = (PersonalData) value;
      return reveal ? personal.value() : personal.masked();
    }
    if (value instanceof CharSequence) {
      return value.toString();
    }
    if (value instanceof BilingualText) {
      return locale == null ? ((BilingualText) value).english() : ((BilingualText) value).in(locale);
    }
    if (value instanceof Enum) {
      Enum<?> constant = (Enum<?>) value;
      return locale != null && value instanceof Displayable
          ? ((Displayable) value).displayName(locale)
          : constant.name();
    }
    if (value instanceof Displayable && locale != null) {
      return ((Displayable) value).displayName(locale);
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : Double.toString(d);
    }
    if (value instanceof LocalDate) {
      LocalDate date = (LocalDate) value;
      return chinese ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : date.toString();
    }
    if (value instanceof Optional) {
      Optional<?> optional = (Optional<?>) value;
      return optional.isPresent() ? format(optional.get(), locale, reveal) : (locale == null ? "" : "—");
    }
    if (value instanceof Collection || value.getClass().isArray()) {
      String separator = chinese ? "、" : ", ";
      String joined = elements(value).stream().map(e -> format(e, locale, reveal)).collect(Collectors.joining(separator));
      return locale == null ? "[" + joined + "]" : joined;
    }
    return value.toString();
  }

  private static List<Object> elements(Object value) {
    if (value instanceof Collection) {
      return new ArrayList<>((Collection<?>) value);
    }
    int length = java.lang.reflect.Array.getLength(value);
    List<Object> list = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      list.add(java.lang.reflect.Array.get(value, i));
    }
    return list;
  }
}

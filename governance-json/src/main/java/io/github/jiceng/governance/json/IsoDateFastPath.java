package io.github.jiceng.governance.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The fast path of {@link IsoDateDeserializer} for the shapes that nearly every record uses: {@code yyyy-MM-dd},
 * {@code yyyy-MM-ddTHH:mm} and {@code yyyy-MM-ddTHH:mm:ss}, digits only, four-digit years. It gives exactly what
 * {@link java.time.format.DateTimeFormatter#ISO_LOCAL_DATE} and {@link
 * java.time.format.DateTimeFormatter#ISO_LOCAL_DATE_TIME} give for such text, or {@code null} for anything else
 * (another shape, or a field out of range such as {@code 2026-02-30}), which then takes the formatter's path with its
 * message. Parsing by hand avoids the formatter's general machinery, which cost a third of binding a service record.
 */
final class IsoDateFastPath {
  private IsoDateFastPath() {
  }

  /**
   * Reads {@code yyyy-MM-dd}.
   *
   * @param text the text, not null
   * @return the date, or null if the text is not of that shape or not a valid date
   */
  static LocalDate date(String text) {
    if (text.length() != 10 || !dateShape(text)) {
      return null;
    }
    try {
      return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads {@code yyyy-MM-ddTHH:mm} or {@code yyyy-MM-ddTHH:mm:ss}.
   *
   * @param text the text, not null
   * @return the date-time, or null if the text is not of that shape or not a valid date-time
   */
  static LocalDateTime dateTime(String text) {
    int length = text.length();
    if ((length != 16 && length != 19) || !dateShape(text) || text.charAt(10) != 'T'
        || !twoDigits(text, 11) || text.charAt(13) != ':' || !twoDigits(text, 14)) {
      return null;
    }
    int second = 0;
    if (length == 19) {
      if (text.charAt(16) != ':' || !twoDigits(text, 17)) {
        return null;
      }
      second = digits(text, 17, 19);
    }
    try {
      return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
          digits(text, 14, 16), second);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean dateShape(String text) {
    return isDigit(text.charAt(0)) && isDigit(text.charAt(1)) && isDigit(text.charAt(2)) && isDigit(text.charAt(3))
        && text.charAt(4) == '-' && twoDigits(text, 5) && text.charAt(7) == '-' && twoDigits(text, 8);
  }

  private static boolean twoDigits(String text, int at) {
    return isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }
}

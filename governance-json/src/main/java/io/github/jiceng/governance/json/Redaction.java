package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text from the input appears in findings: anything that looks like personal data is masked, and long text is
 * cut.
 *
 * <p>A finding may quote a value, a property name or a parser message that quotes the input. The reader cannot know
 * which strings are personal data, so it masks every word (a run of ASCII letters and digits) that could be a
 * resident identity number or a phone number: 17 digits followed by {@code X}, or only digits and 11 or at least 15
 * of them. It is masked as a resident identity number is masked ({@code 110105********002X}; a phone number becomes
 * all {@code *}). This masks some harmless numbers too (an all-digit credit code); it never shows a resident identity
 * number in clear, and it leaves division codes (12 digits) and most credit codes readable.
 */
final class Redaction {
  /** A word: a maximal run of ASCII letters and digits. */
  private static final Pattern WORD = Pattern.compile("[0-9A-Za-z]+");
  /** Words that may be personal data: phone numbers, resident identity numbers, long digit strings. */
  private static final Pattern PERSONAL = Pattern.compile("[0-9]{11}|[0-9]{15,}|[0-9]{17}[Xx]");
  /** The longest quoted value, in characters. */
  static final int MAX_VALUE = 64;

  private Redaction() {
  }

  /**
   * Masks every word that may be a resident identity number or a phone number.
   *
   * @param text the text
   * @return the text with such words masked
   */
  static String redact(String text) {
    Matcher matcher = WORD.matcher(text);
    StringBuilder result = null;
    int end = 0;
    while (matcher.find()) {
      if (PERSONAL.matcher(matcher.group()).matches()) {
        if (result == null) {
          result = new StringBuilder(text.length());
        }
        result.append(text, end, matcher.start()).append(ResidentIdNumber.mask(matcher.group()));
        end = matcher.end();
      }
    }
    return result == null ? text : result.append(text, end, text.length()).toString();
  }

  /**
   * Masks and cuts a value for a message.
   *
   * @param text the value
   * @return the masked value, at most {@link #MAX_VALUE} characters plus an ellipsis
   */
  static String value(String text) {
    String redacted = redact(text);
    if (redacted.length() <= MAX_VALUE) {
      return redacted;
    }
    int cut = Character.isHighSurrogate(redacted.charAt(MAX_VALUE - 1)) ? MAX_VALUE - 1 : MAX_VALUE;
    return redacted.substring(0, cut) + "…";
  }
}

package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.id.ResidentIdNumber;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text from the input appears in findings: anything that looks like personal data is masked, and long text is
 * cut.
 *
 * <p>A finding may quote a value, a property name or a parser message that quotes the input. The reader cannot know
 * which strings are personal data, so it masks every word (a maximal run of ASCII letters and digits) that could be a
 * resident identity number or a phone number, valid or mistyped: 11 digits, or at least 15 characters of which at
 * most one is not a digit. It is masked as a resident identity number is masked ({@code 110105********002X}; a phone
 * number becomes all {@code *}). This also masks some harmless values, such as credit codes with at most one letter;
 * it never shows a resident identity number in clear, and it leaves division codes (12 digits) readable. Values of
 * resident identity number properties are masked by the number's own rule whatever their form.
 */
final class Redaction {
  /** A word: a maximal run of ASCII letters and digits. */
  private static final Pattern WORD = Pattern.compile("[0-9A-Za-z]+");
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
      if (isPersonal(matcher.group())) {
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
   * Tells whether a word could be a resident identity number (18 or 15 characters, possibly mistyped, with an
   * {@code X} check character or a stray letter) or a phone number.
   *
   * @param word letters and digits
   * @return true for 11 digits, or for 15 or more characters of which at most one is not a digit
   */
  static boolean isPersonal(String word) {
    int nonDigits = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '0' || c > '9') {
        nonDigits++;
      }
    }
    return nonDigits == 0 && word.length() == 11 || word.length() >= 15 && nonDigits <= 1;
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

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * A message argument that is personal data (个人信息), such as a resident identity number, a phone number or the name
 * of a minor.
 *
 * <p>Messages, finding attributes and {@link #toString()} show the {@link #masked()} form; the clear value appears
 * only when the caller explicitly asks for it (see {@code Validator.Builder.revealPersonalData(boolean)}).
 */
public final class PersonalData implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The clear value. */
  private final String value;
  /** The masked form. */
  private final String masked;

  private PersonalData(String value, String masked) {
    this.value = Objects.requireNonNull(value, "value");
    this.masked = Objects.requireNonNull(masked, "masked");
  }

  /**
   * Wraps a value and masks it with {@link #mask(String)}.
   *
   * @param value the clear value, not null
   * @return the argument
   */
  public static PersonalData of(String value) {
    return new PersonalData(value, mask(Objects.requireNonNull(value, "value")));
  }

  /**
   * Wraps a value with its own masked form, for example {@code 138****5678} for a phone number.
   *
   * @param value the clear value, not null
   * @param masked the form to show, not null
   * @return the argument
   */
  public static PersonalData of(String value, String masked) {
    return new PersonalData(value, masked);
  }

  /**
   * Masks a text: keeps its first and last character and replaces every other one with {@code *}; a text of one or
   * two characters keeps only its first character ({@code 张三} gives {@code 张*}).
   *
   * @param value the text, not null
   * @return the masked text, as long (in code points) as the input
   */
  public static String mask(String value) {
    Objects.requireNonNull(value, "value");
    int[] codePoints = value.codePoints().toArray();
    int n = codePoints.length;
    StringBuilder builder = new StringBuilder(value.length());
    for (int i = 0; i < n; i++) {
      boolean keep = i == 0 ? n > 1 : i == n - 1 && n > 2;
      if (keep) {
        builder.appendCodePoint(codePoints[i]);
      } else {
        builder.append('*');
      }
    }
    return builder.toString();
  }

  /**
   * Returns the clear value. Show it only when the user asked for personal data in clear.
   *
   * @return the clear value
   */
  public String value() {
    return value;
  }

  /**
   * Returns the masked form.
   *
   * @return the masked form
   */
  public String masked() {
    return masked;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalData
        && value.equals(((PersonalData) other).value)
        && masked.equals(((PersonalData) other).masked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, masked);
  }

  /** Returns the masked form, never the clear value. */
  @Override
  public String toString() {
    return masked;
  }
}

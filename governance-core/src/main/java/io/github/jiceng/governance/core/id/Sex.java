package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Sex (性别) as encoded in a resident identity number: the last digit of the sequence code (position 17) is odd for
 * a man and even for a woman (GB 11643-1999).
 */
public enum Sex implements Displayable {
  /** Male (男): odd sequence digit. */
  MALE("男", "male"),
  /** Female (女): even sequence digit. */
  FEMALE("女", "female");

  private final BilingualText name;

  Sex(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the sex encoded by the last digit of a resident identity number's sequence code.
   *
   * @param sequenceDigit the digit at position 17, 0 to 9
   * @return {@link #MALE} for an odd digit, {@link #FEMALE} for an even one
   * @throws IllegalArgumentException if the digit is not in 0..9
   */
  public static Sex ofSequenceDigit(int sequenceDigit) {
    if (sequenceDigit < 0 || sequenceDigit > 9) {
      throw new IllegalArgumentException("sequence digit must be 0-9: " + sequenceDigit);
    }
    return sequenceDigit % 2 == 1 ? MALE : FEMALE;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.id;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A resident identity number (居民身份证号码, GB 11643-1999): the 18-character citizen number printed on the
 * resident identity card. <b>It is personal data</b>: {@link #toString()}, {@link #masked()} and every exception
 * message show it masked ({@code 110105********002X}); only {@link #value()} returns it in clear.
 *
 * <p>Structure, by 1-based position: [1-6] address code (the GB/T 2260 county where the number was first issued);
 * [7-14] birth date {@code YYYYMMDD}; [15-17] sequence code, whose last digit is odd for a man and even for a woman;
 * [18] check character, a digit or {@code X}.
 *
 * <p><b>What {@link #parse} checks.</b> Length, digits, that the birth date exists in the calendar (month 01-12, day
 * within the month, 29 February only in leap years, year not 0000), and the check character. It does not check that
 * the birth date lies before some as-of date (that depends on the date a record is judged, so it is a rule's
 * business), nor that the address code is a current division code (numbers keep the code of a county that has
 * since been renamed or merged): see {@link #addressDivision()}. A lower-case {@code x} check character is accepted
 * and normalised to {@code X}, because many systems store it in lower case; {@link #value()} is always upper case.
 * A 15-digit number in the legacy GB 11643-1989 format is never accepted by {@link #parse}: convert it with {@link
 * #fromLegacy(String)}.
 *
 * <p><b>Check character (ISO 7064 MOD 11-2).</b> With a<sub>i</sub> the digits, a<sub>18</sub> the check value
 * ({@code X} = 10) and w<sub>i</sub> = 2<sup>18-i</sup> mod 11 (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2,
 * 1), a valid number has Σ<sub>i=1..18</sub> a<sub>i</sub> w<sub>i</sub> ≡ 1 (mod 11). Since 11 is prime and every
 * weight is non-zero, the check detects:
 * <ul>
 *   <li>every single-character substitution at any of the 18 positions (a change d with 0 &lt; |d| ≤ 10 times a
 *       non-zero weight is ≢ 0 mod 11), except the case change {@code X} to {@code x}, which is the same
 *       character;</li>
 *   <li>every transposition of two different characters whose positions are not exactly 10 apart, in particular
 *       every adjacent transposition, including positions 17 and 18 (w<sub>i</sub> − w<sub>j</sub> =
 *       2<sup>18-j</sup>(2<sup>j-i</sup> − 1) and 2 has order 10 mod 11). Swapping positions i and i + 10 (1 and 11
 *       up to 8 and 18) is <em>not</em> detected by the check; it is caught only if it breaks the birth date.</li>
 * </ul>
 *
 * <pre>{@code
 * ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
 * id.birthDate();                        // 1949-12-31
 * id.sex();                              // FEMALE
 * id.ageOn(LocalDate.of(2026, 1, 1));    // 76
 * id.toString();                         // "110105********002X"
 * ResidentIdNumber.fromLegacy("110105491231002");   // 11010519491231002X
 * }</pre>
 */
public final class ResidentIdNumber implements Comparable<ResidentIdNumber>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KIND = "resident identity number";
  private static final String LEGACY_KIND = "legacy 15-digit resident identity number";
  private static final int LENGTH = 18;
  private static final int LEGACY_LENGTH = 15;
  /** Weights 2^(18-i) mod 11 for positions 1..17. */
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  /** The check character for each remainder of the weighted sum mod 11. */
  private static final String CHECK_CHARACTERS = "10X98765432";

  /** The 18 characters, with an upper-case {@code X}. */
  private final String value;

  private ResidentIdNumber(String value) {
    this.value = value;
  }

  /**
   * Parses an 18-character resident identity number.
   *
   * @param text the number; a lower-case {@code x} check character is accepted; not null
   * @return the number
   * @throws InvalidIdentifierException if the text is not a valid number; its problem is {@link
   *     IdentifierProblem#EMPTY}, {@link IdentifierProblem#LEGACY_FORMAT} (15 digits: use {@link #fromLegacy}),
   *     {@link IdentifierProblem#LENGTH}, {@link IdentifierProblem#CHARACTER}, {@link IdentifierProblem#DATE} or
   *     {@link IdentifierProblem#CHECK_CHARACTER}, checked in that order; its message shows the input masked
   * @throws NullPointerException if {@code text} is null
   */
  public static ResidentIdNumber parse(String text) {
    Objects.requireNonNull(text, "text");
    Rejection rejection = rejectionOf(text);
    if (rejection != null) {
      throw rejection.toException(KIND, mask(text));
    }
    return new ResidentIdNumber(text.charAt(LENGTH - 1) == 'x' ? text.substring(0, LENGTH - 1) + 'X' : text);
  }

  private static Rejection rejectionOf(String text) {
    if (text.isBlank()) {
      return new Rejection(IdentifierProblem.EMPTY, 0, "the number is empty");
    }
    if (text.length() == LEGACY_LENGTH && firstNonDigit(text, LEGACY_LENGTH) < 0) {
      return new Rejection(IdentifierProblem.LEGACY_FORMAT, 0,
          "this is a 15-digit number in the legacy GB 11643-1989 format without a check character;"
              + " convert it with ResidentIdNumber.fromLegacy(String)");
    }
    if (text.length() != LENGTH) {
      return new Rejection(IdentifierProblem.LENGTH, 0, "expected 18 characters, found " + text.length());
    }
    int bad = firstNonDigit(text, LENGTH - 1);
    if (bad >= 0) {
      return new Rejection(IdentifierProblem.CHARACTER, bad + 1,
          "character " + InputDisplay.describe(text.charAt(bad)) + " is not a digit 0-9; positions 1-17 are digits");
    }
    char check = text.charAt(LENGTH - 1);
    if (check == 'x') {
      check = 'X';
    } else if (check != 'X' && (check < '0' || check > '9')) {
      return new Rejection(IdentifierProblem.CHARACTER, LENGTH,
          "character " + InputDisplay.describe(check) + " is not a check character; expected a digit 0-9 or X");
    }
    Rejection date = birthDateRejection(text, 6, 0);
    if (date != null) {
      return date;
    }
    if (checkCharacterOf(text.subSequence(0, LENGTH - 1)) != check) {
      // The expected character is not shown: it would reveal information about the masked digits.
      return new Rejection(IdentifierProblem.CHECK_CHARACTER, LENGTH,
          "the check character does not match the one computed from positions 1-17 (ISO 7064 MOD 11-2);"
              + " a digit may be mistyped or two digits swapped");
    }
    return null;
  }

  /**
   * Returns whether a string is a number that {@link #parse} would accept.
   *
   * @param text the text, may be null (then false)
   * @return true if {@link #parse} would succeed
   */
  public static boolean isValid(String text) {
    return text != null && rejectionOf(text) == null;
  }

  /**
   * Converts a 15-digit number of the legacy GB 11643-1989 format ({@code YYMMDD} birth date, no check character):
   * inserts {@code 19} before the year and appends the computed check character. All legacy numbers were issued to
   * people born in the 1900s, which is why the century is fixed.
   *
   * @param legacy the 15 digits, not null
   * @return the equivalent 18-character number
   * @throws InvalidIdentifierException if the text is not 15 digits ({@link IdentifierProblem#LENGTH}, {@link
   *     IdentifierProblem#CHARACTER}) or its birth date does not exist ({@link IdentifierProblem#DATE}); the message
   *     shows the input masked
   * @throws NullPointerException if {@code legacy} is null
   */
  public static ResidentIdNumber fromLegacy(String legacy) {
    Objects.requireNonNull(legacy, "legacy");
    if (legacy.isBlank()) {
      throw new InvalidIdentifierException(LEGACY_KIND, IdentifierProblem.EMPTY, 0, mask(legacy),
          "the number is empty");
    }
    if (legacy.length() != LEGACY_LENGTH) {
      throw new InvalidIdentifierException(LEGACY_KIND, IdentifierProblem.LENGTH, 0, mask(legacy),
          "expected 15 digits, found " + legacy.length() + " characters"
              + (legacy.length() == LENGTH ? "; an 18-character number is parsed with ResidentIdNumber.parse" : ""));
    }
    int bad = firstNonDigit(legacy, LEGACY_LENGTH);
    if (bad >= 0) {
      throw new InvalidIdentifierException(LEGACY_KIND, IdentifierProblem.CHARACTER, bad + 1, mask(legacy),
          "character " + InputDisplay.describe(legacy.charAt(bad)) + " is not a digit 0-9");
    }
    String body = legacy.substring(0, 6) + "19" + legacy.substring(6);
    Rejection date = birthDateRejection(body, 6, -2);
    if (date != null) {
      throw date.toException(LEGACY_KIND, mask(legacy));
    }
    return new ResidentIdNumber(body + checkCharacterOf(body));
  }

  /**
   * Computes the check character (position 18) for the first 17 digits of a number.
   *
   * @param first17 the first 17 characters, all digits; not null
   * @return the check character: a digit or {@code 'X'}
   * @throws IllegalArgumentException if the text is not 17 digits
   * @throws NullPointerException if {@code first17} is null
   */
  public static char checkCharacterOf(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "expected the first 17 digits of a resident identity number, found " + first17.length() + " characters");
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException("position " + (i + 1) + " is not a digit 0-9");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /**
   * Masks a string as a resident identity number is masked in messages, whether or not it is a valid number: an
   * 18-character string keeps its first 6 and last 4 characters ({@code 110105********002X}), a 15-character one
   * its first 6 and last 3; any other string keeps only its first 6 characters, and only if it is at least 12
   * characters long. Every other character becomes {@code *}; a masked string longer than 32 characters is cut and
   * ends with an ellipsis.
   *
   * @param text the text, not null
   * @return the masked text, of the same length up to 32 characters
   * @throws NullPointerException if {@code text} is null
   */
  public static String mask(CharSequence text) {
    return ResidentIdMask.mask(Objects.requireNonNull(text, "text"));
  }

  private static int firstNonDigit(String text, int end) {
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that the eight digits {@code YYYYMMDD} at {@code start} form an existing date.
   *
   * @param text the digits
   * @param start the 0-based offset of the year
   * @param shift what to add to a position in {@code text} to get the position in the caller's input
   * @return the rejection, or null if the date exists
   */
  private static Rejection birthDateRejection(String text, int start, int shift) {
    int year = number(text, start, 4);
    int month = number(text, start + 4, 2);
    int day = number(text, start + 6, 2);
    if (year == 0) {
      return new Rejection(IdentifierProblem.DATE, start + 1 + shift, "the birth year is 0000, which does not exist");
    }
    if (month < 1 || month > 12) {
      return new Rejection(IdentifierProblem.DATE, start + 5 + shift, "the birth month (positions "
          + (start + 5 + shift) + "-" + (start + 6 + shift) + ") must be 01-12; the value is masked as personal data");
    }
    int length = YearMonth.of(year, month).lengthOfMonth();
    if (day < 1 || day > length) {
      return new Rejection(IdentifierProblem.DATE, start + 7 + shift, "the birth day (positions "
          + (start + 7 + shift) + "-" + (start + 8 + shift) + ") does not exist in the birth month: expected 01-"
          + length + "; the date is masked as personal data");
    }
    return null;
  }

  private static int number(String text, int start, int digits) {
    int n = 0;
    for (int i = start; i < start + digits; i++) {
      n = n * 10 + text.charAt(i) - '0';
    }
    return n;
  }

  /**
   * Returns the number in clear. <b>This is personal data</b>: do not log or display it; use {@link #masked()} for
   * that.
   *
   * @return the 18 characters, with an upper-case {@code X}
   */
  public String value() {
    return value;
  }

  /**
   * Returns the number masked for display: the address code and the last four characters stay, the birth date and
   * the first two sequence digits become {@code *}.
   *
   * @return for example {@code 110105********002X}
   */
  public String masked() {
    return mask(value);
  }

  /**
   * Returns the address code (positions 1-6): the GB/T 2260 code of the county where the number was issued.
   *
   * @return six digits, for example {@code "110105"}
   */
  public String addressCode() {
    return value.substring(0, 6);
  }

  /**
   * Returns the address code as a division code, if it is a well-formed one. Numbers keep the code of the county of
   * first issue even after that county was renamed or merged, so an address code need not be a current code.
   *
   * @return the division code, or empty if the six digits are not a well-formed GB/T 2260 code
   */
  public Optional<DivisionCode> addressDivision() {
    String code = addressCode();
    return DivisionCode.isValid(code) ? Optional.of(DivisionCode.parse(code)) : Optional.empty();
  }

  /**
   * Returns the birth date (positions 7-14). It may lie after the date on which a record is judged; rules check that.
   *
   * @return the birth date
   */
  public LocalDate birthDate() {
    return LocalDate.of(number(value, 6, 4), number(value, 10, 2), number(value, 12, 2));
  }

  /**
   * Returns the sequence code (positions 15-17), which orders people of the same address and birth date.
   *
   * @return three digits
   */
  public String sequenceCode() {
    return value.substring(14, 17);
  }

  /**
   * Returns the sex coded by the last digit of the sequence code (position 17): odd for male, even for female.
   *
   * @return the sex
   */
  public Sex sex() {
    return Sex.ofSequenceDigit(value.charAt(16) - '0');
  }

  /**
   * Returns the check character (position 18).
   *
   * @return a digit or {@code 'X'}
   */
  public char checkCharacter() {
    return value.charAt(LENGTH - 1);
  }

  /**
   * Returns the age in full years (周岁) on a date: the number of birthdays reached by that date, a birthday counting
   * from its own day. Someone born on 29 February turns a year older on <b>1 March</b> in a year that is not a leap
   * year (and on 29 February in a leap year).
   *
   * <p>Why: this is the everyday count, and the 29 February case agrees with 民法典 Art 202 (a period of years with no
   * corresponding day ends on the last day of the month, 28 February, so the year is complete from 1 March). Read
   * strictly, 民法典 Art 201 starts a period on the day after its first day, so a full year would be complete only at
   * the end of the birthday; criminal law counts 周岁 from the day after the birthday. A rule that needs that count
   * must apply it itself.
   *
   * @param date the date on which the age is wanted, not before the birth date; not null
   * @return the age in full years, at least 0
   * @throws IllegalArgumentException if the date is before the birth date
   * @throws NullPointerException if {@code date} is null
   */
  public int ageOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate birth = birthDate();
    if (date.isBefore(birth)) {
      throw new IllegalArgumentException(
          "the date " + date + " is before the birth date of " + masked() + " (masked as personal data)");
    }
    int age = date.getYear() - birth.getYear();
    boolean birthdayReached = date.getMonthValue() > birth.getMonthValue()
        || date.getMonthValue() == birth.getMonthValue() && date.getDayOfMonth() >= birth.getDayOfMonth();
    return birthdayReached ? age : age - 1;
  }

  /**
   * Re-validates a deserialised instance, so that a crafted stream cannot create a malformed number.
   *
   * @return the parsed number
   * @throws ObjectStreamException never; an invalid value throws {@link InvalidIdentifierException}
   */
  private Object readResolve() throws ObjectStreamException {
    return parse(value);
  }

  /**
   * Orders numbers by their string value (address code, then birth date, then sequence).
   *
   * @param other the other number, not null
   * @return a negative number, zero or a positive number as this number sorts before, with or after the other
   */
  @Override
  public int compareTo(ResidentIdNumber other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether another object is a resident identity number with the same value.
   *
   * @param other the other object, may be null
   * @return true if equal by value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof ResidentIdNumber && value.equals(((ResidentIdNumber) other).value);
  }

  /**
   * Returns a hash code of the value.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the masked number, as {@link #masked()}: never the number in clear.
   *
   * @return for example {@code 110105********002X}
   */
  @Override
  public String toString() {
    return masked();
  }
}

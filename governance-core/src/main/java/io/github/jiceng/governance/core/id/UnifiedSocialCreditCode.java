package io.github.jiceng.governance.core.id;

import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): the 18-character identifier of a legal person or
 * other organisation, such as a company, a social organisation or a villagers' committee.
 *
 * <p>Structure, by 1-based position: [1] registration authority ({@link RegistrationAuthority}); [2] organisation
 * category under that authority ({@link OrganisationCategory}); [3-8] the GB/T 2260 division code of the registering
 * authority; [9-17] the subject identifier, a GB 11714 organisation code whose own check character is at position
 * 17; [18] the check character. All characters come from the 31-character set {@code
 * 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V, Z); positions 3-8 are digits. Letters must be upper case.
 *
 * <p><b>Check character (position 18).</b> With v<sub>i</sub> the index of character i in the set and w<sub>i</sub> =
 * 3<sup>i-1</sup> mod 31, the check character is the one whose value c makes Σ<sub>i=1..17</sub> v<sub>i</sub>
 * w<sub>i</sub> + c ≡ 0 (mod 31). What this guarantees (31 is prime and 3 is a primitive root mod 31, so
 * w<sub>1</sub>..w<sub>17</sub> are distinct and non-zero, and the check character has weight w<sub>18</sub> = 1):
 * <ul>
 *   <li>every single-character substitution at any of the 18 positions is detected (a change of value d ≢ 0 times a
 *       weight ≢ 0 is ≢ 0 mod 31);</li>
 *   <li>every transposition of two different characters, adjacent or not, is detected, <em>except</em> a swap of
 *       positions 1 and 18: both have weight 1, so that swap keeps the check valid (w<sub>17</sub> = 28 ≠ 1, so the
 *       adjacent swap of positions 17 and 18 is detected).</li>
 * </ul>
 *
 * <p><b>Embedded organisation code check (position 17).</b> GB 11714 gives digits their value and letters A=10 ..
 * Z=35 (its alphabet still counts I, O, S, V, Z), weights 3, 7, 9, 10, 5, 8, 4, 2 (= 2<sup>9-k</sup> mod 11) to
 * positions 9-16, and a check value c ∈ 0..10 at position 17 ({@code X} for 10) with S + c ≡ 0 (mod 11). It detects
 * every substitution at position 17; a substitution at positions 9-16, or a transposition of two of those positions
 * (adjacent or not: the eight weights are distinct mod 11), only when the two characters' values differ modulo 11.
 * Digits always do, but for example {@code 0}, {@code B} (11), {@code M} (22) and {@code Y} (34) are all ≡ 0, so
 * replacing {@code 0} by {@code B} keeps the embedded check valid. The final check above still detects such an
 * error.
 *
 * <p><b>Strict and lenient parsing.</b> {@link #parse} rejects a code whose check character or embedded check fails.
 * Some early pilot-area codes are legal but fail a check; {@link #parseLenient} accepts any code whose length,
 * character set and digit positions are right and records which checks failed in {@link #failedChecks()}, so that a
 * rule can report a warning instead of an error. Such a code equals (by value) every other instance of the same code.
 *
 * <p>A credit code is not personal data: {@link #toString()} and exception messages show it in clear.
 *
 * <pre>{@code
 * UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91310110666007217T");
 * code.organisationCategory();   // Optional[ENTERPRISE]
 * code.registrationDivision();   // Optional[310110000000]
 * code.organisationCode();       // "666007217"
 *
 * UnifiedSocialCreditCode pilot = UnifiedSocialCreditCode.parseLenient(text);
 * pilot.failedChecks();          // for example [CHECK_CHARACTER]: a rule turns each into a WARNING finding
 * }</pre>
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final String KIND = "unified social credit code";
  private static final int LENGTH = 18;
  private static final int CHECK_FAILED = 1;
  private static final int EMBEDDED_CHECK_FAILED = 2;
  /** The failed-check sets by bit mask, in the enumeration's order. */
  private static final Set<IdentifierProblem> NO_FAILURE = Collections.emptySet();
  private static final Set<IdentifierProblem> CHECK_FAILURE =
      Collections.unmodifiableSet(EnumSet.of(IdentifierProblem.CHECK_CHARACTER));
  private static final Set<IdentifierProblem> EMBEDDED_FAILURE =
      Collections.unmodifiableSet(EnumSet.of(IdentifierProblem.EMBEDDED_CHECK_CHARACTER));
  private static final Set<IdentifierProblem> BOTH_FAILURES = Collections.unmodifiableSet(
      EnumSet.of(IdentifierProblem.CHECK_CHARACTER, IdentifierProblem.EMBEDDED_CHECK_CHARACTER));

  /** The 18 characters. */
  private final String value;
  /** Bit mask of failed checks: {@link #CHECK_FAILED}, {@link #EMBEDDED_CHECK_FAILED}; 0 for a strictly valid code. */
  private final int failures;

  private UnifiedSocialCreditCode(String value, int failures) {
    this.value = value;
    this.failures = failures;
  }

  /**
   * Parses a credit code strictly: structure, character set, the embedded organisation code check and the final
   * check character must all be right.
   *
   * @param text the 18 characters, upper case, without spaces; not null
   * @return the code
   * @throws InvalidIdentifierException if the text is not a valid credit code; its problem is {@link
   *     IdentifierProblem#EMPTY}, {@link IdentifierProblem#LENGTH}, {@link IdentifierProblem#CHARACTER} (with the
   *     position), {@link IdentifierProblem#CHECK_CHARACTER} (position 18; reported first when both checks fail) or
   *     {@link IdentifierProblem#EMBEDDED_CHECK_CHARACTER} (position 17)
   * @throws NullPointerException if {@code text} is null
   */
  public static UnifiedSocialCreditCode parse(String text) {
    UnifiedSocialCreditCode code = parseLenient(text);
    if ((code.failures & CHECK_FAILED) != 0) {
      char expected = checkCharacterOf(text.subSequence(0, LENGTH - 1));
      throw new InvalidIdentifierException(KIND, IdentifierProblem.CHECK_CHARACTER, LENGTH, text,
          "check character '" + text.charAt(LENGTH - 1) + "' does not match '" + expected
              + "' computed from positions 1-17 (GB 32100 mod 31)"
              + ((code.failures & EMBEDDED_CHECK_FAILED) != 0
                  ? "; the embedded organisation code's check character at position 17 is wrong too"
                  : ""));
    }
    if (code.failures != 0) {
      char expected = organisationCodeCheckCharacterOf(text.subSequence(8, 16));
      throw new InvalidIdentifierException(KIND, IdentifierProblem.EMBEDDED_CHECK_CHARACTER, 17, text,
          "check character '" + text.charAt(16) + "' of the embedded organisation code (positions 9-17, GB 11714)"
              + " does not match '" + expected + "' computed from positions 9-16");
    }
    return code;
  }

  /**
   * Parses a credit code leniently: length, character set and digit positions must be right, but a failing check
   * character or embedded check is recorded in {@link #failedChecks()} instead of rejected.
   *
   * @param text the 18 characters, upper case, without spaces; not null
   * @return the code, possibly with failed checks
   * @throws InvalidIdentifierException if the text is empty, has the wrong length or a character not allowed at its
   *     position
   * @throws NullPointerException if {@code text} is null
   */
  public static UnifiedSocialCreditCode parseLenient(String text) {
    Objects.requireNonNull(text, "text");
    Rejection rejection = structuralRejection(text);
    if (rejection != null) {
      throw rejection.toException(KIND, InputDisplay.abbreviate(text));
    }
    return new UnifiedSocialCreditCode(text, failedChecksOf(text));
  }

  /** Checks length, character set and digit positions; null if they are right. */
  private static Rejection structuralRejection(String text) {
    if (text.isBlank()) {
      return new Rejection(IdentifierProblem.EMPTY, 0, "the code is empty");
    }
    if (text.length() != LENGTH) {
      return new Rejection(IdentifierProblem.LENGTH, 0, "expected 18 characters, found " + text.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      int v = valueOf(c);
      if (v < 0) {
        return new Rejection(IdentifierProblem.CHARACTER, i + 1, notInCharset(c));
      }
      if (i >= 2 && i < 8 && v > 9) {
        return new Rejection(IdentifierProblem.CHARACTER, i + 1, "character " + InputDisplay.describe(c)
            + " is not a digit; positions 3-8 are the registering authority's GB/T 2260 division code");
      }
    }
    return null;
  }

  /** Returns the bit mask of failed checks of a structurally valid code. */
  private static int failedChecksOf(String text) {
    int failures = 0;
    if (CreditCodeAlgorithms.checkCharacter(text) != text.charAt(LENGTH - 1)) {
      failures |= CHECK_FAILED;
    }
    if (CreditCodeAlgorithms.organisationCheck(text, 8) != text.charAt(16)) {
      failures |= EMBEDDED_CHECK_FAILED;
    }
    return failures;
  }

  /**
   * Returns whether a string is a credit code that {@link #parse} (the strict parser) would accept.
   *
   * @param text the text, may be null (then false)
   * @return true if {@link #parse} would succeed
   */
  public static boolean isValid(String text) {
    return text != null && structuralRejection(text) == null && failedChecksOf(text) == 0;
  }

  /**
   * Computes the check character (position 18) for the first 17 characters of a credit code.
   *
   * @param first17 the first 17 characters, from the GB 32100 character set; not null
   * @return the check character
   * @throws IllegalArgumentException if the text is not 17 characters from the character set
   * @throws NullPointerException if {@code first17} is null
   */
  public static char checkCharacterOf(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException("expected the first 17 characters of a credit code, found "
          + first17.length() + " characters");
    }
    for (int i = 0; i < LENGTH - 1; i++) {
      if (valueOf(first17.charAt(i)) < 0) {
        throw new IllegalArgumentException("at position " + (i + 1) + ": " + notInCharset(first17.charAt(i)));
      }
    }
    return CreditCodeAlgorithms.checkCharacter(first17);
  }

  /**
   * Computes the GB 11714 check character of an organisation code (position 17 of a credit code) from its first 8
   * characters.
   *
   * @param first8 the 8 characters before the check character: digits or upper-case letters A-Z; not null
   * @return the check character: a digit, or {@code 'X'} for 10
   * @throws IllegalArgumentException if the text is not 8 digits or upper-case letters
   * @throws NullPointerException if {@code first8} is null
   */
  public static char organisationCodeCheckCharacterOf(CharSequence first8) {
    Objects.requireNonNull(first8, "first8");
    if (first8.length() != 8) {
      throw new IllegalArgumentException("expected the 8 characters of an organisation code before its check"
          + " character, found " + first8.length() + " characters");
    }
    for (int i = 0; i < first8.length(); i++) {
      char c = first8.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
        throw new IllegalArgumentException("at position " + (i + 1) + ": character " + InputDisplay.describe(c)
            + " is not a digit or an upper-case letter A-Z");
      }
    }
    return CreditCodeAlgorithms.organisationCheck(first8, 0);
  }

  private static int valueOf(char c) {
    return CreditCodeAlgorithms.valueOf(c);
  }

  private static String notInCharset(char c) {
    char upper = Character.toUpperCase(c);
    if (upper != c && valueOf(upper) >= 0) {
      return "character " + InputDisplay.describe(c) + " is lower case; credit codes use upper-case letters";
    }
    if (upper >= 'A' && upper <= 'Z') {
      return "letter " + InputDisplay.describe(c) + " is not used in credit codes (I, O, S, V and Z are excluded)";
    }
    return "character " + InputDisplay.describe(c)
        + " is not in the GB 32100 character set (digits and upper-case A-Z without I, O, S, V, Z)";
  }

  /**
   * Returns the code, the canonical string of this identifier.
   *
   * @return the 18 characters
   */
  public String value() {
    return value;
  }

  /**
   * Returns the registration authority character (position 1).
   *
   * @return the character, for example {@code '5'}
   */
  public char registrationAuthorityCode() {
    return value.charAt(0);
  }

  /**
   * Returns the registration authority coded at position 1.
   *
   * @return the authority, or empty if the character is not in the known table
   */
  public Optional<RegistrationAuthority> registrationAuthority() {
    return RegistrationAuthority.ofCode(value.charAt(0));
  }

  /**
   * Returns the organisation category character (position 2), whose meaning depends on the authority.
   *
   * @return the character, for example {@code '2'}
   */
  public char categoryCode() {
    return value.charAt(1);
  }

  /**
   * Returns the organisation category coded by positions 1 and 2.
   *
   * @return the category, or empty if the pair is not in the known table
   */
  public Optional<OrganisationCategory> organisationCategory() {
    return OrganisationCategory.of(value.charAt(0), value.charAt(1));
  }

  /**
   * Returns whether the organisation was registered by a civil affairs department (authority {@code 5}): a social
   * group (51), social service organisation (52), foundation (53) or other civil affairs registration (59).
   *
   * @return true if position 1 is {@code '5'}
   */
  public boolean isSocialOrganisation() {
    return value.charAt(0) == RegistrationAuthority.CIVIL_AFFAIRS.code();
  }

  /**
   * Returns the six digits of the registering authority's division code (positions 3-8), as written.
   *
   * @return six digits, for example {@code "500154"}, or {@code "100000"} as used by national registrations
   */
  public String divisionPart() {
    return value.substring(2, 8);
  }

  /**
   * Returns the registering authority's division, if positions 3-8 form a valid GB/T 2260 code.
   *
   * @return the division code, or empty when the digits are not one (for example {@code "100000"})
   */
  public Optional<DivisionCode> registrationDivision() {
    String part = divisionPart();
    return DivisionCode.isValid(part) ? Optional.of(DivisionCode.parse(part)) : Optional.empty();
  }

  /**
   * Returns the embedded GB 11714 organisation code (主体标识码, positions 9-17), including its check character.
   *
   * @return nine characters, for example {@code "666007217"}
   */
  public String organisationCode() {
    return value.substring(8, 17);
  }

  /**
   * Returns the check character (position 18).
   *
   * @return the check character
   */
  public char checkCharacter() {
    return value.charAt(LENGTH - 1);
  }

  /**
   * Returns the checks this code fails: empty for a code from {@link #parse}; possibly {@link
   * IdentifierProblem#CHECK_CHARACTER} and {@link IdentifierProblem#EMBEDDED_CHECK_CHARACTER} for a code from {@link
   * #parseLenient}. A rule can turn each into a finding such as {@code id.uscc.check-character} via {@link
   * IdentifierProblem#code()}.
   *
   * @return an immutable set, iterated in the enumeration's order
   */
  public Set<IdentifierProblem> failedChecks() {
    switch (failures) {
      case 0:
        return NO_FAILURE;
      case CHECK_FAILED:
        return CHECK_FAILURE;
      case EMBEDDED_CHECK_FAILED:
        return EMBEDDED_FAILURE;
      default:
        return BOTH_FAILURES;
    }
  }

  /**
   * Returns whether both the check character and the embedded organisation code check are right.
   *
   * @return true if {@link #failedChecks()} is empty
   */
  public boolean passesChecks() {
    return failures == 0;
  }

  /**
   * Re-validates a deserialised instance, so that a crafted stream cannot create a malformed code.
   *
   * @return the parsed code
   * @throws ObjectStreamException never; an invalid value throws {@link InvalidIdentifierException}
   */
  private Object readResolve() throws ObjectStreamException {
    return parseLenient(value);
  }

  /**
   * Orders codes by their string value.
   *
   * @param other the other code, not null
   * @return a negative number, zero or a positive number as this code sorts before, with or after the other
   */
  @Override
  public int compareTo(UnifiedSocialCreditCode other) {
    return value.compareTo(other.value);
  }

  /**
   * Returns whether another object is a credit code with the same value.
   *
   * @param other the other object, may be null
   * @return true if equal by value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof UnifiedSocialCreditCode && value.equals(((UnifiedSocialCreditCode) other).value);
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
   * Returns the code in clear, as {@link #value()}: a credit code is not personal data.
   *
   * @return the 18 characters
   */
  @Override
  public String toString() {
    return value;
  }
}

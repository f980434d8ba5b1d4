package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.OrganisationCategory;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of valid identifiers (标识码生成器): unified social credit codes, resident identity numbers and
 * division codes. For deliberately invalid ones see {@link InvalidIdentifierGenerators}.
 *
 * <pre>{@code
 * List<ResidentIdNumber> ids = IdentifierGenerators.residentIdNumbers().sample(42L, 10);
 * UnifiedSocialCreditCode code = IdentifierGenerators
 *     .socialOrganisationCreditCodes(DivisionCode.parse("500154")).sample(7L, 1).get(0);
 * }</pre>
 *
 * <p>Generated resident identity numbers are synthetic but may coincide with a real person's number: treat them as
 * personal data (they print masked).
 */
public final class IdentifierGenerators {
  /** The GB 32100 character set. */
  static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** The default range of birth dates: a sensible range for living residents. */
  static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1930, 1, 1);
  static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2020, 12, 31);
  private static final List<OrganisationCategory> SOCIAL_ORGANISATIONS = List.of(
      OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.SOCIAL_SERVICE_ORGANISATION,
      OrganisationCategory.FOUNDATION);

  private IdentifierGenerators() {
  }

  /**
   * Returns valid credit codes: a known authority and category pair ({@link OrganisationCategory}), a real county
   * code from the list the generators use (one code in ten uses {@code 100000}, as national registrations do), a
   * random organisation code body from the GB 32100 set, and both check characters computed.
   *
   * @return the generator
   */
  public static Generator<UnifiedSocialCreditCode> unifiedSocialCreditCodes() {
    OrganisationCategory[] categories = OrganisationCategory.values();
    return random -> creditCode(categories[random.nextInt(categories.length)].prefix(),
        random.nextInt(10) == 0 ? "100000" : pick(random, Divisions.COUNTIES), random);
  }

  /**
   * Returns valid credit codes of social organisations registered by a civil affairs department: prefixes 51 (social
   * group), 52 (social service organisation) and 53 (foundation), with the GB/T 2260 part of a division.
   *
   * @param registeringDivision the division of the registering authority, not null; a township or village code
   *     contributes its 6-digit county part, as a credit code has no room for more
   * @return the generator
   * @throws NullPointerException if {@code registeringDivision} is null
   */
  public static Generator<UnifiedSocialCreditCode> socialOrganisationCreditCodes(DivisionCode registeringDivision) {
    String division = Objects.requireNonNull(registeringDivision, "registeringDivision").gbCode();
    return random -> creditCode(pick(random, SOCIAL_ORGANISATIONS).prefix(), division, random);
  }

  private static UnifiedSocialCreditCode creditCode(String prefix, String division, SplittableRandom random) {
    StringBuilder body = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      body.append(CREDIT_CHARSET.charAt(random.nextInt(CREDIT_CHARSET.length())));
    }
    return UnifiedSocialCreditCode.parse(complete(prefix + division + body));
  }

  /**
   * Appends the organisation code check character and the final check character to 16 characters.
   *
   * @param first16 authority, category, division and organisation code body
   * @return the 18 characters
   */
  static String complete(String first16) {
    String first17 = first16 + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(first16.substring(8, 16));
    return first17 + UnifiedSocialCreditCode.checkCharacterOf(first17);
  }

  /**
   * Returns valid resident identity numbers: an address code from a small list of real county codes (Chongqing
   * 5001xx and 5002xx, Beijing 110105), a birth date from 1930-01-01 to 2020-12-31, any sequence code.
   *
   * @return the generator
   */
  public static Generator<ResidentIdNumber> residentIdNumbers() {
    return residentIdNumbersBornBetween(FIRST_BIRTH_DATE, LAST_BIRTH_DATE);
  }

  /**
   * Returns valid resident identity numbers of people born in a date range, for example to make minors or people
   * above an age threshold.
   *
   * @param first the earliest birth date, not null
   * @param last the latest birth date, not before {@code first}; not null
   * @return the generator
   * @throws IllegalArgumentException if {@code last} is before {@code first} or either year is outside 1..9999
   * @throws NullPointerException if either date is null
   */
  public static Generator<ResidentIdNumber> residentIdNumbersBornBetween(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last (" + last + ") is before first (" + first + ")");
    }
    if (first.getYear() < 1 || last.getYear() > 9999) {
      throw new IllegalArgumentException(
          "birth years must be 0001-9999 to fit YYYYMMDD, found " + first.getYear() + " to " + last.getYear());
    }
    long firstDay = first.toEpochDay();
    long days = last.toEpochDay() - firstDay + 1;
    return random -> ResidentIdNumber.parse(residentIdText(pick(random, Divisions.COUNTIES),
        LocalDate.ofEpochDay(firstDay + random.nextLong(days)), String.format("%03d", random.nextInt(1000))));
  }

  /**
   * Returns the 18 characters of a resident identity number with the check character computed.
   *
   * @param address six digits
   * @param birth the birth date, year 1..9999
   * @param sequence three digits
   * @return the number
   */
  static String residentIdText(String address, LocalDate birth, String sequence) {
    String first17 = address + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth()) + sequence;
    return first17 + ResidentIdNumber.checkCharacterOf(first17);
  }

  /**
   * Returns valid legacy 15-digit resident identity numbers (GB 11643-1989: address, {@code YYMMDD}, sequence), of
   * people born from 1930 to 1999, for {@link ResidentIdNumber#fromLegacy(String)}.
   *
   * @return the generator of 15-digit strings
   */
  public static Generator<String> legacyResidentIdNumbers() {
    return residentIdNumbersBornBetween(FIRST_BIRTH_DATE, LocalDate.of(1999, 12, 31))
        .map(id -> id.value().substring(0, 6) + id.value().substring(8, 17));
  }

  /**
   * Returns well-formed division codes at a level, such as {@link DivisionCode#parse} accepts. Province codes are
   * the GB/T 2260 provinces; prefecture codes are structurally valid (not all were ever assigned); county codes are
   * real ones from the generators' list; township digits are drawn from the GB/T 10114 ranges of streets, towns,
   * townships and special areas, village digits from 001-399 (communities and villages).
   *
   * @param level the level of the generated codes, not null
   * @return the generator
   * @throws NullPointerException if {@code level} is null
   */
  public static Generator<DivisionCode> divisionCodes(DivisionLevel level) {
    Objects.requireNonNull(level, "level");
    return random -> DivisionCode.parse(divisionText(level, random));
  }

  private static String divisionText(DivisionLevel level, SplittableRandom random) {
    switch (level) {
      case PROVINCE:
        return pick(random, Divisions.PROVINCES) + "0000";
      case PREFECTURE:
        int prefecture = random.nextInt(4) == 0 ? 90 : 1 + random.nextInt(70);
        return pick(random, Divisions.PROVINCES) + String.format("%02d", prefecture) + "00";
      case COUNTY:
        return pick(random, Divisions.COUNTIES);
      case TOWNSHIP:
        return pick(random, Divisions.COUNTIES) + String.format("%03d", townshipDigits(random)) + "000";
      default:
        return pick(random, Divisions.COUNTIES) + String.format("%03d%03d", townshipDigits(random),
            1 + random.nextInt(399));
    }
  }

  /** Township digits from 001-299 (streets, towns, townships) and 400-599 (special areas). */
  private static int townshipDigits(SplittableRandom random) {
    int n = 1 + random.nextInt(499);
    return n < 300 ? n : n + 100;
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}

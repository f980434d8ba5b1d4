package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.IdentifierGenerators.CREDIT_CHARSET;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.IdentifierProblem;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Seeded generators of deliberately invalid identifiers (无效标识码生成器), each with the problem and position a parser
 * must report: single-character substitutions, adjacent transpositions, wrong lengths, characters outside the
 * allowed set, impossible birth dates, legacy 15-digit numbers, and division codes with undefined parts.
 *
 * <p>Every sample starts from a valid identifier of {@link IdentifierGenerators} and changes it in one way, chosen so
 * that the expected problem is certain. For example, a substitution in a credit code always breaks the mod-31 check
 * character (GB 32100 detects every substitution), and a substitution in a resident identity number's birth date is
 * expected to be a {@link IdentifierProblem#DATE} problem if the date no longer exists and a {@link
 * IdentifierProblem#CHECK_CHARACTER} problem otherwise.
 *
 * <pre>{@code
 * for (InvalidSample sample : InvalidIdentifierGenerators.invalidResidentIdNumbers().sample(1L, 100)) {
 *   assertThat(ResidentIdNumber.isValid(sample.text())).as(sample.toString()).isFalse();
 * }
 * }</pre>
 */
public final class InvalidIdentifierGenerators {
  private static final String EXCLUDED_LETTERS = "IOSVZ";

  private InvalidIdentifierGenerators() {
  }

  /**
   * Returns invalid unified social credit codes: a substitution (check character), an adjacent transposition (check
   * character, or a character problem if a letter lands in the digit positions 3-8), a letter outside the set or in
   * lower case, a wrong length, or a wrong embedded organisation code check with a right final check.
   *
   * @return the generator
   */
  public static Generator<InvalidSample> invalidUnifiedSocialCreditCodes() {
    Generator<String> valid = IdentifierGenerators.unifiedSocialCreditCodes().map(code -> code.value());
    return random -> {
      String text = valid.generate(random);
      switch (random.nextInt(5)) {
        case 0: {
          int i = random.nextInt(18);
          String alphabet = i >= 2 && i < 8 ? "0123456789" : CREDIT_CHARSET;
          char c = other(random, alphabet, text.charAt(i));
          return InvalidSample.of(replace(text, i, c), IdentifierProblem.CHECK_CHARACTER, 18,
              "substituted position " + (i + 1));
        }
        case 1: {
          int i = adjacentDifferent(random, text);
          String swapped = swap(text, i);
          int letterInDigits = firstLetter(swapped, 2, 8);
          return letterInDigits > 0
              ? InvalidSample.of(swapped, IdentifierProblem.CHARACTER, letterInDigits,
                  "swapped positions " + (i + 1) + " and " + (i + 2) + ", moving a letter into positions 3-8")
              : InvalidSample.of(swapped, IdentifierProblem.CHECK_CHARACTER, 18,
                  "swapped positions " + (i + 1) + " and " + (i + 2));
        }
        case 2: {
          int i = random.nextInt(18);
          char c = random.nextBoolean()
              ? EXCLUDED_LETTERS.charAt(random.nextInt(EXCLUDED_LETTERS.length()))
              : Character.toLowerCase(CREDIT_CHARSET.charAt(10 + random.nextInt(CREDIT_CHARSET.length() - 10)));
          return InvalidSample.of(replace(text, i, c), IdentifierProblem.CHARACTER, i + 1,
              "put a letter outside the GB 32100 set at position " + (i + 1));
        }
        case 3:
          return wrongLength(random, text, CREDIT_CHARSET, false);
        default: {
          char wrongCheck = other(random, "0123456789X", text.charAt(16));
          String first17 = text.substring(0, 16) + wrongCheck;
          return InvalidSample.of(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17),
              IdentifierProblem.EMBEDDED_CHECK_CHARACTER, 17,
              "wrong organisation code check character, final check character recomputed");
        }
      }
    };
  }

  /**
   * Returns invalid resident identity numbers, displayed masked: a substitution or an adjacent transposition
   * (check character, or date if the birth date no longer exists), an impossible birth date with a right check
   * character, a non-digit, a wrong length, or a legacy 15-digit number.
   *
   * @return the generator
   */
  public static Generator<InvalidSample> invalidResidentIdNumbers() {
    Generator<String> valid = IdentifierGenerators.residentIdNumbers().map(ResidentIdNumber::value);
    return random -> {
      String text = valid.generate(random);
      switch (random.nextInt(6)) {
        case 0: {
          int i = random.nextInt(18);
          char c = other(random, i == 17 ? "0123456789X" : "0123456789", text.charAt(i));
          return personalMutation(replace(text, i, c), "substituted position " + (i + 1));
        }
        case 1: {
          int i = adjacentDifferent(random, text);
          String swapped = swap(text, i);
          String description = "swapped positions " + (i + 1) + " and " + (i + 2);
          return swapped.charAt(16) == 'X'
              ? InvalidSample.ofPersonalData(swapped, IdentifierProblem.CHARACTER, 17, description)
              : personalMutation(swapped, description);
        }
        case 2:
          return impossibleBirthDate(random, text);
        case 3: {
          int i = random.nextInt(17);
          char c = "AOx-/ ".charAt(random.nextInt(6));
          return InvalidSample.ofPersonalData(replace(text, i, c), IdentifierProblem.CHARACTER, i + 1,
              "put a non-digit at position " + (i + 1));
        }
        case 4:
          return wrongLength(random, text, "0123456789", true);
        default:
          return InvalidSample.ofPersonalData(text.substring(0, 6) + text.substring(8, 17),
              IdentifierProblem.LEGACY_FORMAT, 0, "legacy 15-digit form (convert with ResidentIdNumber.fromLegacy)");
      }
    };
  }

  /**
   * Returns invalid division codes: a wrong length, a non-digit, an undefined province part, or a non-zero part below
   * a zero part.
   *
   * @return the generator
   */
  public static Generator<InvalidSample> invalidDivisionCodes() {
    Generator<String> valid = IdentifierGenerators.divisionCodes(DivisionLevel.VILLAGE).map(code -> code.value());
    return random -> {
      String text = valid.generate(random);
      switch (random.nextInt(4)) {
        case 0: {
          int length = 1 + random.nextInt(15);
          String cut = length == 6 || length == 12 ? text.substring(0, length - 1) : (text + text).substring(0, length);
          return InvalidSample.of(cut, IdentifierProblem.LENGTH, 0, cut.length() + " digits");
        }
        case 1: {
          int i = random.nextInt(12);
          return InvalidSample.of(replace(text, i, "A-. ".charAt(random.nextInt(4))), IdentifierProblem.CHARACTER,
              i + 1, "put a non-digit at position " + (i + 1));
        }
        case 2: {
          String province;
          do {
            province = String.format("%02d", random.nextInt(100));
          } while (Divisions.PROVINCES.contains(province));
          return InvalidSample.of(province + text.substring(2), IdentifierProblem.CODE_VALUE, 1,
              "undefined province part");
        }
        default: {
          // Zero the prefecture, county or township part of a village code (all its parts are non-zero): the part
          // right below it is then a non-zero part below a zero part.
          int[] starts = {2, 4, 6};
          int[] ends = {4, 6, 9};
          int part = random.nextInt(3);
          String gap = text.substring(0, starts[part]) + "0".repeat(ends[part] - starts[part]) + text.substring(ends[part]);
          return InvalidSample.of(gap, IdentifierProblem.CODE_VALUE, ends[part] + 1,
              "zeroed the part at positions " + (starts[part] + 1) + "-" + ends[part] + " above a non-zero part");
        }
      }
    };
  }

  private static InvalidSample personalMutation(String mutated, String description) {
    int datePosition = datePosition(mutated.substring(6, 14));
    return datePosition > 0
        ? InvalidSample.ofPersonalData(mutated, IdentifierProblem.DATE, datePosition + 6,
            description + ", breaking the birth date")
        : InvalidSample.ofPersonalData(mutated, IdentifierProblem.CHECK_CHARACTER, 18, description);
  }

  private static InvalidSample impossibleBirthDate(SplittableRandom random, String text) {
    String[] monthDays = {"1301", "0001", "0132", "0100", "0230", "0431", "0931"};
    int choice = random.nextInt(monthDays.length + 1);
    String date;
    if (choice == monthDays.length) {
      int year = 1931 + random.nextInt(89);
      date = (year % 4 == 0 ? year + 1 : year) + "0229";
    } else {
      date = text.substring(6, 10) + monthDays[choice];
    }
    String first17 = text.substring(0, 6) + date + text.substring(14, 17);
    return InvalidSample.ofPersonalData(first17 + ResidentIdNumber.checkCharacterOf(first17),
        IdentifierProblem.DATE, datePosition(date) + 6, "impossible birth date, check character recomputed");
  }

  /**
   * Returns where eight digits {@code YYYYMMDD} first fail to be a date, as {@code ResidentIdNumber.parse} checks
   * them: 1 for year 0000, 5 for the month, 7 for the day; 0 if the date exists.
   */
  private static int datePosition(String yyyymmdd) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    int month = Integer.parseInt(yyyymmdd.substring(4, 6));
    if (year == 0) {
      return 1;
    }
    if (month < 1 || month > 12) {
      return 5;
    }
    try {
      LocalDate.of(year, month, Integer.parseInt(yyyymmdd.substring(6, 8)));
      return 0;
    } catch (DateTimeException e) {
      return 7;
    }
  }

  private static InvalidSample wrongLength(SplittableRandom random, String text, String alphabet, boolean personal) {
    String changed = random.nextBoolean()
        ? text.substring(0, 17)
        : text + alphabet.charAt(random.nextInt(alphabet.length()));
    String description = changed.length() + " characters instead of 18";
    return personal
        ? InvalidSample.ofPersonalData(changed, IdentifierProblem.LENGTH, 0, description)
        : InvalidSample.of(changed, IdentifierProblem.LENGTH, 0, description);
  }

  private static char other(SplittableRandom random, String alphabet, char not) {
    char c;
    do {
      c = alphabet.charAt(random.nextInt(alphabet.length()));
    } while (c == not);
    return c;
  }

  /** Returns a random 0-based index i such that characters i and i + 1 differ. */
  private static int adjacentDifferent(SplittableRandom random, String text) {
    int[] candidates = new int[text.length() - 1];
    int count = 0;
    for (int i = 0; i + 1 < text.length(); i++) {
      if (text.charAt(i) != text.charAt(i + 1)) {
        candidates[count++] = i;
      }
    }
    if (count == 0) {
      throw new IllegalStateException("no two adjacent characters differ: " + text.length() + " equal characters");
    }
    return candidates[random.nextInt(count)];
  }

  private static int firstLetter(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return i + 1;
      }
    }
    return 0;
  }

  private static String replace(String text, int index, char c) {
    return text.substring(0, index) + c + text.substring(index + 1);
  }

  private static String swap(String text, int i) {
    return text.substring(0, i) + text.charAt(i + 1) + text.charAt(i) + text.substring(i + 2);
  }
}

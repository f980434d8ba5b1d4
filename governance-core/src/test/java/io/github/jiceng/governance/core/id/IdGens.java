package io.github.jiceng.governance.core.id;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** QuickTheories generators of valid identifiers, built with {@link Oracles} (not with the code under test). */
final class IdGens {
  /** GB/T 2260 province codes, typed out independently of {@code DivisionCode}. */
  static final List<String> PROVINCES = List.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
      "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82");

  private IdGens() {
  }

  static int between(RandomnessSource in, int min, int max) {
    return (int) in.next(Constraint.between(min, max));
  }

  static char pick(RandomnessSource in, String alphabet) {
    return alphabet.charAt(between(in, 0, alphabet.length() - 1));
  }

  static String digits(RandomnessSource in, int count) {
    StringBuilder sb = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      sb.append((char) ('0' + between(in, 0, 9)));
    }
    return sb.toString();
  }

  /** Valid credit codes with any characters allowed at each position (not only known categories). */
  static Gen<String> creditCodes() {
    return in -> {
      StringBuilder sb = new StringBuilder(18);
      sb.append(pick(in, Oracles.CREDIT_CHARSET)).append(pick(in, Oracles.CREDIT_CHARSET)).append(digits(in, 6));
      for (int i = 0; i < 8; i++) {
        sb.append(pick(in, Oracles.CREDIT_CHARSET));
      }
      return completeCreditCode(sb.toString());
    };
  }

  /** Valid social organisation codes (51, 52, 53) registered in Kaizhou (500154). */
  static Gen<String> kaizhouSocialOrganisationCodes() {
    return in -> {
      StringBuilder sb = new StringBuilder("5").append(pick(in, "123")).append("500154");
      for (int i = 0; i < 8; i++) {
        sb.append(pick(in, Oracles.CREDIT_CHARSET));
      }
      return completeCreditCode(sb.toString());
    };
  }

  /** Appends the organisation code check and the final check to 16 characters. */
  static String completeCreditCode(String first16) {
    String first17 = first16 + Oracles.organisationCheck(first16.substring(8, 16));
    return first17 + Oracles.creditCheck(first17);
  }

  /** Birth dates from 0001-01-01 to 9999-12-31, with extra weight on 29 February and on 1900-2099. */
  static Gen<LocalDate> birthDates() {
    return in -> {
      int choice = between(in, 0, 9);
      if (choice == 0) {
        int leapYear = between(in, 1, 2499) * 4;
        return leapYear % 100 == 0 && leapYear % 400 != 0
            ? LocalDate.of(leapYear + 4, 2, 29)
            : LocalDate.of(leapYear, 2, 29);
      }
      LocalDate first = choice < 4 ? LocalDate.of(1, 1, 1) : LocalDate.of(1900, 1, 1);
      LocalDate last = choice < 4 ? LocalDate.of(9999, 12, 31) : LocalDate.of(2099, 12, 31);
      return LocalDate.ofEpochDay(in.next(Constraint.between(first.toEpochDay(), last.toEpochDay())));
    };
  }

  /** Valid 18-character numbers: any six address digits, any existing birth date, any sequence. */
  static Gen<String> residentIdNumbers() {
    Gen<LocalDate> dates = birthDates();
    return in -> residentIdNumber(digits(in, 6), dates.generate(in), digits(in, 3));
  }

  /** Valid numbers whose check character is X (drawing sequence codes until the check is X). */
  static Gen<String> residentIdNumbersEndingInX() {
    Gen<String> numbers = residentIdNumbers();
    return in -> {
      String text = numbers.generate(in);
      while (!text.endsWith("X")) {
        text = text.substring(0, 14) + digits(in, 3);
        text = text.substring(0, 17) + Oracles.idCheck(text.substring(0, 17));
      }
      return text;
    };
  }

  /** Valid numbers of people born in 1900-1999, the only ones that have a legacy 15-digit form. */
  static Gen<String> twentiethCenturyResidentIdNumbers() {
    return in -> residentIdNumber(digits(in, 6),
        LocalDate.ofEpochDay(in.next(Constraint.between(LocalDate.of(1900, 1, 1).toEpochDay(),
            LocalDate.of(1999, 12, 31).toEpochDay()))),
        digits(in, 3));
  }

  static String residentIdNumber(String address, LocalDate birth, String sequence) {
    String first17 = address + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
        birth.getDayOfMonth()) + sequence;
    return first17 + Oracles.idCheck(first17);
  }

  /** Valid division codes of a random level, in their 6-digit form when the level is county or above. */
  static Gen<String> divisionCodes() {
    return in -> {
      int level = between(in, 0, 4);
      StringBuilder sb = new StringBuilder(PROVINCES.get(between(in, 0, PROVINCES.size() - 1)));
      sb.append(level >= 1 ? String.format("%02d", between(in, 1, 99)) : "00");
      sb.append(level >= 2 ? String.format("%02d", between(in, 1, 99)) : "00");
      if (level <= 2 && between(in, 0, 1) == 0) {
        return sb.toString();
      }
      sb.append(level >= 3 ? String.format("%03d", between(in, 1, 999)) : "000");
      sb.append(level >= 4 ? String.format("%03d", between(in, 1, 999)) : "000");
      return sb.toString();
    };
  }
}

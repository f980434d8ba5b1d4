package io.github.jiceng.governance.core.id;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Independent implementations of the three check algorithms and of the birth-date rule, written differently from
 * the production code: weights are computed with {@link BigInteger#modPow} instead of read from a table, and check
 * characters are found by searching for the value that makes the whole weighted sum right instead of by formula.
 */
final class Oracles {
  static final String CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final String ID_CHECK_ALPHABET = "0123456789X";

  private Oracles() {
  }

  /** GB 32100 weight of a 1-based position 1..17: 3^(i-1) mod 31; position 18 (the check) has weight 1. */
  static int creditWeight(int position) {
    if (position == 18) {
      return 1;
    }
    return BigInteger.valueOf(3).modPow(BigInteger.valueOf(position - 1L), BigInteger.valueOf(31)).intValueExact();
  }

  /** Sum over all 18 characters of value times weight, mod 31: 0 for a code whose check character is right. */
  static int creditResidue(CharSequence code18) {
    BigInteger sum = BigInteger.ZERO;
    for (int p = 1; p <= 18; p++) {
      int v = CREDIT_CHARSET.indexOf(code18.charAt(p - 1));
      sum = sum.add(BigInteger.valueOf((long) v * creditWeight(p)));
    }
    return sum.mod(BigInteger.valueOf(31)).intValueExact();
  }

  /** The check character found by trying all 31 candidates. */
  static char creditCheck(CharSequence first17) {
    for (int c = 0; c < 31; c++) {
      String candidate = first17.toString() + CREDIT_CHARSET.charAt(c);
      if (creditResidue(candidate) == 0) {
        return CREDIT_CHARSET.charAt(c);
      }
    }
    throw new AssertionError("no check character for " + first17);
  }

  /** GB 11714 value of a character: digits 0-9, letters A=10 .. Z=35 (I, O, S, V, Z included). */
  static int organisationValue(char c) {
    return Character.digit(c, 36);
  }

  /** GB 11714 weight of a 1-based position 1..8 of the organisation code: 2^(9-k) mod 11. */
  static int organisationWeight(int k) {
    return BigInteger.TWO.modPow(BigInteger.valueOf(9L - k), BigInteger.valueOf(11)).intValueExact();
  }

  /** Whether the 9-character organisation code (8 + check) satisfies S + c = 0 mod 11, with X = 10. */
  static boolean organisationCheckHolds(CharSequence code9) {
    char check = code9.charAt(8);
    int c;
    if (check == 'X') {
      c = 10;
    } else if (check >= '0' && check <= '9') {
      c = check - '0';
    } else {
      return false;
    }
    int sum = c;
    for (int k = 1; k <= 8; k++) {
      sum += organisationValue(code9.charAt(k - 1)) * organisationWeight(k);
    }
    return sum % 11 == 0;
  }

  /** The organisation code check character found by trying the 11 candidates. */
  static char organisationCheck(CharSequence first8) {
    for (char candidate : "0123456789X".toCharArray()) {
      if (organisationCheckHolds(first8.toString() + candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("no organisation check character for " + first8);
  }

  /** ISO 7064 MOD 11-2 weight of a 1-based position 1..18: 2^(18-i) mod 11. */
  static int idWeight(int position) {
    return BigInteger.TWO.modPow(BigInteger.valueOf(18L - position), BigInteger.valueOf(11)).intValueExact();
  }

  /** Sum over all 18 characters (X = 10) of value times weight, mod 11: 1 for a number whose check is right. */
  static int idResidue(CharSequence number18) {
    int sum = 0;
    for (int p = 1; p <= 18; p++) {
      char ch = number18.charAt(p - 1);
      sum += (ch == 'X' ? 10 : ch - '0') * idWeight(p);
    }
    return sum % 11;
  }

  /** The MOD 11-2 check character found by trying the 11 candidates. */
  static char idCheck(CharSequence first17) {
    for (char candidate : ID_CHECK_ALPHABET.toCharArray()) {
      if (idResidue(first17.toString() + candidate) == 1) {
        return candidate;
      }
    }
    throw new AssertionError("no check character for " + first17);
  }

  /** Whether eight digits YYYYMMDD name a date that exists (year 0000 excluded), by asking java.time. */
  static boolean dateExists(String yyyymmdd) {
    int year = Integer.parseInt(yyyymmdd.substring(0, 4));
    if (year == 0) {
      return false;
    }
    try {
      LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}

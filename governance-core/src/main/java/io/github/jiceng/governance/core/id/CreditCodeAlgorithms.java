package io.github.jiceng.governance.core.id;

import java.util.Arrays;

/**
 * The two check algorithms of a unified social credit code, on input whose characters are already known to be
 * allowed: GB 32100 mod 31 over positions 1-17, and the GB 11714 organisation code check over positions 9-16. Their
 * guarantees are stated on {@link UnifiedSocialCreditCode}.
 */
final class CreditCodeAlgorithms {
  /** The GB 32100 character set; the value of a character is its index. */
  static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  /** Weights 3^(i-1) mod 31 for positions 1..17. */
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  /** GB 11714 weights 2^(9-k) mod 11 for positions 1..8 of the organisation code. */
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  /** Value of each ASCII character in the character set, or -1. */
  private static final byte[] VALUES = new byte[128];

  static {
    Arrays.fill(VALUES, (byte) -1);
    for (int i = 0; i < CHARSET.length(); i++) {
      VALUES[CHARSET.charAt(i)] = (byte) i;
    }
  }

  private CreditCodeAlgorithms() {
  }

  /**
   * Returns the value of a character in the GB 32100 set.
   *
   * @param c the character
   * @return 0..30, or -1 if the character is not in the set
   */
  static int valueOf(char c) {
    return c < VALUES.length ? VALUES[c] : -1;
  }

  /**
   * Computes the check character from the first 17 characters, all in the set.
   *
   * @param text at least 17 characters from the set
   * @return the check character for position 18
   */
  static char checkCharacter(CharSequence text) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += VALUES[text.charAt(i)] * WEIGHTS[i];
    }
    return CHARSET.charAt((31 - sum % 31) % 31);
  }

  /**
   * Computes the GB 11714 check character of the 8 characters at {@code start}: digits and upper-case A-Z.
   *
   * @param text the text
   * @param start the 0-based offset of the first of the 8 characters
   * @return a digit or {@code 'X'}
   */
  static char organisationCheck(CharSequence text, int start) {
    int sum = 0;
    for (int k = 0; k < ORGANISATION_WEIGHTS.length; k++) {
      char c = text.charAt(start + k);
      sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORGANISATION_WEIGHTS[k];
    }
    int check = (11 - sum % 11) % 11;
    return check == 10 ? 'X' : (char) ('0' + check);
  }
}

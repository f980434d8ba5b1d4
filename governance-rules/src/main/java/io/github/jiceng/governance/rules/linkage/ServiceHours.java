package io.github.jiceng.governance.rules.linkage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts between recorded service hours and minutes without floating point.
 */
final class ServiceHours {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private ServiceHours() {
  }

  /** Returns hours as minutes, exactly (1.5 h is 90 min; 1.67 h is 100.2 min). */
  static BigDecimal toMinutes(BigDecimal hours) {
    return hours.multiply(SIXTY);
  }

  /** Returns minutes as hours rounded half-up to two decimals (100 min is 1.67 h). */
  static BigDecimal toHours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
  }

  /**
   * Returns whether recorded hours are longer than minutes, both exactly and after rounding the minutes half-up to two
   * decimals of an hour (so 1.67 h do not exceed 100 minutes).
   */
  static boolean exceed(BigDecimal hours, long minutes) {
    return toMinutes(hours).compareTo(BigDecimal.valueOf(minutes)) > 0 && hours.compareTo(toHours(minutes)) > 0;
  }

  /**
   * Returns whether recorded hours agree with minutes: exactly, or as the minutes in hours rounded half-up to two
   * decimals (the finest unit records commonly use).
   */
  static boolean agree(BigDecimal hours, long minutes) {
    return toMinutes(hours).compareTo(BigDecimal.valueOf(minutes)) == 0 || hours.compareTo(toHours(minutes)) == 0;
  }
}

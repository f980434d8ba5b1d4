package io.github.jiceng.governance.rules.linkage;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Converts between recorded service hours and minutes without floating point.
 */
final class ServiceHours {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  /** Not a whole number of hundredths of an hour (see {@link #hundredths}). */
  private static final long INEXACT = Long.MIN_VALUE;
  /** The most digits of hours compared in longs: 13 digits of hundredths times 60 fit a long with room. */
  private static final int MAX_DIGITS = 13;
  /** The most minutes compared in longs. */
  private static final long MAX_MINUTES = 1_000_000_000_000L;

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
    long hundredths = hundredths(hours);
    if (hundredths != INEXACT && minutes >= 0 && minutes <= MAX_MINUTES) {
      return hundredths * 60 > minutes * 100 && hundredths > roundedHundredths(minutes);
    }
    return toMinutes(hours).compareTo(BigDecimal.valueOf(minutes)) > 0 && hours.compareTo(toHours(minutes)) > 0;
  }

  /**
   * Returns whether recorded hours agree with minutes: exactly, or as the minutes in hours rounded half-up to two
   * decimals (the finest unit records commonly use).
   */
  static boolean agree(BigDecimal hours, long minutes) {
    long hundredths = hundredths(hours);
    if (hundredths != INEXACT && minutes >= 0 && minutes <= MAX_MINUTES) {
      return hundredths * 60 == minutes * 100 || hundredths == roundedHundredths(minutes);
    }
    return toMinutes(hours).compareTo(BigDecimal.valueOf(minutes)) == 0 || hours.compareTo(toHours(minutes)) == 0;
  }

  /**
   * Returns hours as a whole number of hundredths of an hour when they are one (at most two decimals, not too many
   * digits), so that the comparisons above are exact in longs; else {@link #INEXACT}, and they use {@code BigDecimal}.
   */
  private static long hundredths(BigDecimal hours) {
    int scale = hours.scale();
    if (scale < 0 || scale > 2 || hours.precision() > MAX_DIGITS) {
      return INEXACT;
    }
    long unscaled = hours.unscaledValue().longValue();
    return scale == 2 ? unscaled : scale == 1 ? unscaled * 10 : unscaled * 100;
  }

  /** Returns minutes (not negative) in hundredths of an hour rounded half-up, as {@link #toHours} rounds them. */
  private static long roundedHundredths(long minutes) {
    return (minutes * 100 + 30) / 60;
  }
}

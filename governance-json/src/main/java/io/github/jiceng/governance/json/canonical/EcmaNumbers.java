package io.github.jiceng.governance.json.canonical;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a double as ECMAScript's {@code Number.prototype.toString} does (ECMA-262, Number::toString), which RFC 8785
 * requires for JSON numbers: the shortest decimal that reads back as the same double, closest to the exact value
 * (and even on a tie), in plain notation for exponents from -6 to 20 and in exponent notation otherwise.
 *
 * <p>Java 17's {@code Double.toString} does not always give the shortest digits (JDK-4511638, fixed in Java 19), so
 * the digits are searched here: for each precision from 1 to 17, the two decimals of that precision around the exact
 * value are tried, and the first precision with one that reads back as the double wins.
 */
final class EcmaNumbers {
  private EcmaNumbers() {
  }

  /**
   * Returns the ECMAScript string of a finite double.
   *
   * @param value the value
   * @return for example {@code 1e+30}, {@code 0.002}, {@code 333333333.3333333}, {@code 0} for -0
   * @throws IllegalArgumentException if the value is NaN or infinite (not allowed in JSON)
   */
  static String toString(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no number " + value + " (RFC 8785 section 3.2.2.3)");
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + toString(-value);
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = shortest(value, exact);
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    // value = digits x 10^(n - k)
    int n = k - shortest.scale();
    StringBuilder out = new StringBuilder(k + 8);
    if (k <= n && n <= 21) {
      out.append(digits);
      for (int i = 0; i < n - k; i++) {
        out.append('0');
      }
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.");
      for (int i = 0; i < -n; i++) {
        out.append('0');
      }
      out.append(digits);
    } else {
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(n - 1 >= 0 ? '+' : '-').append(Math.abs(n - 1));
    }
    return out.toString();
  }

  /** The shortest decimal that reads back as the value, without trailing zeros in its unscaled value. */
  private static BigDecimal shortest(double value, BigDecimal exact) {
    for (int precision = 1; precision <= 17; precision++) {
      MathContext down = new MathContext(precision, RoundingMode.FLOOR);
      MathContext up = new MathContext(precision, RoundingMode.CEILING);
      BigDecimal low = exact.round(down);
      BigDecimal high = exact.round(up);
      boolean lowOk = low.doubleValue() == value;
      boolean highOk = high.doubleValue() == value;
      if (lowOk || highOk) {
        BigDecimal chosen;
        if (lowOk && highOk && low.compareTo(high) != 0) {
          int cmp = exact.subtract(low).compareTo(high.subtract(exact));
          chosen = cmp < 0 ? low : cmp > 0 ? high : (isEven(low) ? low : high);
        } else {
          chosen = lowOk ? low : high;
        }
        return chosen.stripTrailingZeros();
      }
    }
    throw new IllegalStateException("no decimal of 17 digits reads back as " + value);
  }

  private static boolean isEven(BigDecimal decimal) {
    return !decimal.unscaledValue().testBit(0);
  }
}

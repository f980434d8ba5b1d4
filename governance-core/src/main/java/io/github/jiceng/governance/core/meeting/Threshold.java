package io.github.jiceng.governance.core.meeting;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal threshold (法定比例): a fraction of a base that a count must exceed ({@link Comparison#MORE_THAN}, 过半数)
 * or reach ({@link Comparison#AT_LEAST}, 三分之二以上).
 *
 * <p>Arithmetic is exact and in integers: with fraction n/d, "more than" is {@code d × count > n × base} and "at
 * least" is {@code d × count >= n × base}. So more than half of 100 is 51 and of 101 is 51; two-thirds or more of 100
 * is 67 and of 300 is 200.
 *
 * <pre>{@code
 * Threshold.MAJORITY.isMet(51, 100);     // true
 * Threshold.TWO_THIRDS.minimum(100);     // 67
 * Threshold.parse(">= 4/5");             // four-fifths or more
 * }</pre>
 *
 * <p>Immutable and serializable, so that a rule pack can carry a threshold as a parameter value.
 */
public final class Threshold implements Serializable {
  private static final long serialVersionUID = 1L;

  /** More than half (过半数). */
  public static final Threshold MAJORITY = moreThan(1, 2);
  /** Two-thirds or more (三分之二以上). */
  public static final Threshold TWO_THIRDS = atLeast(2, 3);
  /** Four-fifths or more (五分之四以上). */
  public static final Threshold FOUR_FIFTHS = atLeast(4, 5);
  /** One-third or more (三分之一以上). */
  public static final Threshold ONE_THIRD = atLeast(1, 3);

  private static final Pattern TEXT = Pattern.compile("\\s*(>=|>)\\s*(\\d{1,4})\\s*/\\s*(\\d{1,4})\\s*");
  private static final String DIGITS = "零一二三四五六七八九十";
  private static final Map<String, String> ENGLISH = Map.of(
      "1/2", "half", "1/3", "one-third", "2/3", "two-thirds", "1/4", "one-quarter", "3/4", "three-quarters",
      "1/5", "one-fifth", "4/5", "four-fifths", "1/10", "one-tenth");

  /** The comparison. */
  private final Comparison comparison;
  /** The numerator of the fraction. */
  private final int numerator;
  /** The denominator of the fraction. */
  private final int denominator;

  private Threshold(Comparison comparison, int numerator, int denominator) {
    this.comparison = Objects.requireNonNull(comparison, "comparison");
    if (denominator < 1 || numerator < 0 || numerator > denominator
        || (comparison == Comparison.MORE_THAN && numerator == denominator)) {
      throw new IllegalArgumentException("threshold " + comparison.symbol() + " " + numerator + "/" + denominator
          + " is not a fraction of a base: expected a denominator >= 1 and 0 <= numerator <= denominator"
          + " (numerator < denominator for 'more than')");
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the threshold "more than n/d" (超过 d 分之 n; 过半数 for 1/2).
   *
   * @param numerator the numerator, 0 or more and less than the denominator
   * @param denominator the denominator, 1 or more
   * @return the threshold
   * @throws IllegalArgumentException if the fraction is not in [0, 1)
   */
  public static Threshold moreThan(int numerator, int denominator) {
    return new Threshold(Comparison.MORE_THAN, numerator, denominator);
  }

  /**
   * Returns the threshold "n/d or more" (d 分之 n 以上).
   *
   * @param numerator the numerator, 0 or more and at most the denominator
   * @param denominator the denominator, 1 or more
   * @return the threshold
   * @throws IllegalArgumentException if the fraction is not in [0, 1]
   */
  public static Threshold atLeast(int numerator, int denominator) {
    return new Threshold(Comparison.AT_LEAST, numerator, denominator);
  }

  /**
   * Parses the form of {@link #toString()}: {@code "> 1/2"} or {@code ">= 2/3"} (spaces optional).
   *
   * @param text the text, not null
   * @return the threshold
   * @throws IllegalArgumentException if the text is not of that form or the fraction is out of range
   */
  public static Threshold parse(String text) {
    Objects.requireNonNull(text, "text");
    Matcher matcher = TEXT.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("threshold '" + text + "' is not of the form '> n/d' or '>= n/d',"
          + " for example '> 1/2' (more than half) or '>= 2/3' (two-thirds or more)");
    }
    Comparison comparison = ">=".equals(matcher.group(1)) ? Comparison.AT_LEAST : Comparison.MORE_THAN;
    return new Threshold(comparison, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
  }

  /**
   * Returns the comparison.
   *
   * @return more than, or at least
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the numerator of the fraction.
   *
   * @return the numerator
   */
  public int numerator() {
    return numerator;
  }

  /**
   * Returns the denominator of the fraction.
   *
   * @return the denominator
   */
  public int denominator() {
    return denominator;
  }

  /**
   * Returns whether a count meets the threshold of a base.
   *
   * @param count the count, such as those attending, 0 or more
   * @param base the base, such as those eligible, 0 or more
   * @return true if {@code d × count > n × base} (more than) or {@code d × count >= n × base} (at least)
   * @throws IllegalArgumentException if a number is negative
   */
  public boolean isMet(long count, long base) {
    requireNonNegative(count, "count");
    requireNonNegative(base, "base");
    long left = Math.multiplyExact(denominator, count);
    long right = Math.multiplyExact(numerator, base);
    return comparison == Comparison.MORE_THAN ? left > right : left >= right;
  }

  /**
   * Returns the smallest count that meets the threshold of a base.
   *
   * @param base the base, 0 or more
   * @return for more than n/d, {@code floor(n × base / d) + 1}; for at least n/d, {@code ceil(n × base / d)}
   * @throws IllegalArgumentException if the base is negative
   */
  public long minimum(long base) {
    requireNonNegative(base, "base");
    long product = Math.multiplyExact(numerator, base);
    return comparison == Comparison.MORE_THAN ? product / denominator + 1 : (product + denominator - 1) / denominator;
  }

  /**
   * Describes the threshold in a locale's language, as the law words it.
   *
   * @param locale the locale, not null
   * @return for example {@code 过半数} / {@code more than half}, {@code 三分之二以上} / {@code two-thirds or more}
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
      String fraction = chinese(denominator) + "分之" + chinese(numerator);
      if (comparison == Comparison.AT_LEAST) {
        return fraction + "以上";
      }
      return numerator * 2 == denominator ? "过半数" : "超过" + fraction;
    }
    String key = (numerator / gcd(numerator, denominator)) + "/" + (denominator / gcd(numerator, denominator));
    String fraction = ENGLISH.getOrDefault(key, numerator + "/" + denominator);
    return comparison == Comparison.AT_LEAST ? fraction + " or more" : "more than " + fraction;
  }

  /**
   * Explains the integer comparison for a count and a base.
   *
   * @param count the count, 0 or more
   * @param base the base, 0 or more
   * @return for example {@code "2 × 51 = 102 > 1 × 100 = 100"}, or with {@code <=} / {@code <} when not met
   */
  public String arithmetic(long count, long base) {
    boolean met = isMet(count, base);
    String symbol = comparison == Comparison.MORE_THAN ? (met ? ">" : "<=") : (met ? ">=" : "<");
    return denominator + " × " + count + " = " + Math.multiplyExact(denominator, count) + " " + symbol + " "
        + numerator + " × " + base + " = " + Math.multiplyExact(numerator, base);
  }

  private static String chinese(int number) {
    if (number <= 10) {
      return String.valueOf(DIGITS.charAt(number));
    }
    return Integer.toString(number);
  }

  private static int gcd(int a, int b) {
    return b == 0 ? Math.max(a, 1) : gcd(b, a % b);
  }

  private static void requireNonNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must be 0 or more, but was " + value);
    }
  }

  /** Thresholds are equal when they have the same comparison and the same fraction value (1/2 equals 2/4). */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Threshold)) {
      return false;
    }
    Threshold that = (Threshold) other;
    return comparison == that.comparison
        && (long) numerator * that.denominator == (long) that.numerator * denominator;
  }

  @Override
  public int hashCode() {
    int divisor = gcd(numerator, denominator);
    return Objects.hash(comparison, numerator / divisor, denominator / divisor);
  }

  /** Returns the parseable form, for example {@code "> 1/2"} or {@code ">= 2/3"}. */
  @Override
  public String toString() {
    return comparison.symbol() + " " + numerator + "/" + denominator;
  }
}

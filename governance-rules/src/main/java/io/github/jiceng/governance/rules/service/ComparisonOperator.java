package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * The operator of a validation rule over indicators (比较运算符), which compares the rule's left side (a value measured
 * on the records) with its right side (a standard, usually a pack parameter), as DHIS2 validation rules do. Chinese
 * counting applies: "以上/不少于" include the bound ({@link #AT_LEAST}), "不超过" too ({@link #AT_MOST}), "超过" and
 * "不满" exclude it ({@link #MORE_THAN}, {@link #LESS_THAN}). Comparisons are exact ({@link BigDecimal#compareTo}).
 */
public enum ComparisonOperator implements Displayable {
  /** {@code left >= right}: 不少于 / at least. */
  AT_LEAST("≥", "不少于", "at least"),
  /** {@code left <= right}: 不超过 / at most. */
  AT_MOST("≤", "不超过", "at most"),
  /** {@code left > right}: 超过 / more than. */
  MORE_THAN(">", "超过", "more than"),
  /** {@code left < right}: 不满 / less than. */
  LESS_THAN("<", "不满", "less than"),
  /** {@code left == right}: 等于 / equal to. */
  EQUAL_TO("=", "等于", "equal to");

  private final String symbol;
  private final BilingualText name;

  ComparisonOperator(String symbol, String chinese, String english) {
    this.symbol = symbol;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether {@code left operator right} holds, comparing the values exactly (1.50 equals 1.5).
   *
   * @param left the left side, not null
   * @param right the right side, not null
   * @return true if the comparison holds
   * @throws NullPointerException if an argument is null
   */
  public boolean holds(BigDecimal left, BigDecimal right) {
    int c = Objects.requireNonNull(left, "left").compareTo(Objects.requireNonNull(right, "right"));
    switch (this) {
      case AT_LEAST:
        return c >= 0;
      case AT_MOST:
        return c <= 0;
      case MORE_THAN:
        return c > 0;
      case LESS_THAN:
        return c < 0;
      default:
        return c == 0;
    }
  }

  /**
   * Returns whether {@code left operator right} holds for whole numbers.
   *
   * @param left the left side
   * @param right the right side
   * @return true if the comparison holds
   */
  public boolean holds(long left, long right) {
    return holds(BigDecimal.valueOf(left), BigDecimal.valueOf(right));
  }

  /**
   * Returns the mathematical symbol.
   *
   * @return for example {@code ≥}
   */
  public String symbol() {
    return symbol;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of an {@link Indicator} for a scope and a period (指标值): the exact numerator and denominator and the
 * value rounded as the indicator states.
 *
 * <p>{@link #value()} is numerator × unit factor / denominator, rounded half up to the indicator's scale; it is
 * empty when the denominator is 0 (a district without stations has no "social workers per station").
 * {@link #satisfies} compares the exact ratio with a standard, never the rounded value: 2 certified of 3 staff
 * (66.666…%) is at least 66.67%? No; at least 66.66%? Yes.
 */
public final class IndicatorValue {
  private final Indicator indicator;
  private final DivisionCode scope;
  private final ReportingPeriod period;
  private final BigDecimal numerator;
  private final BigDecimal denominator;

  IndicatorValue(Indicator indicator, DivisionCode scope, ReportingPeriod period, BigDecimal numerator,
      BigDecimal denominator) {
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.scope = Objects.requireNonNull(scope, "scope");
    this.period = Objects.requireNonNull(period, "period");
    this.numerator = Objects.requireNonNull(numerator, "numerator");
    this.denominator = Objects.requireNonNull(denominator, "denominator");
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Returns the scope: the division the value is for.
   *
   * @return the code
   */
  public DivisionCode scope() {
    return scope;
  }

  /**
   * Returns the period.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the exact numerator.
   *
   * @return the numerator
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the exact denominator.
   *
   * @return the denominator
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Returns whether the value is defined, that is, the denominator is not 0.
   *
   * @return true if {@link #value()} is present
   */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * Returns the value: numerator × unit factor / denominator, rounded half up to the indicator's scale.
   *
   * @return the value, or empty if the denominator is 0
   */
  public Optional<BigDecimal> value() {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(indicator.unit().factor())
        .divide(denominator, indicator.scale(), Indicator.ROUNDING));
  }

  /**
   * Returns whether the exact value compares with a standard as the operator says: {@code numerator × factor
   * operator standard × denominator}.
   *
   * @param operator the operator, not null
   * @param standard the standard, in the indicator's unit (60 for 60%), not null
   * @return whether the comparison holds
   * @throws IllegalStateException if the value is not defined (denominator 0)
   * @throws NullPointerException if an argument is null
   */
  public boolean satisfies(ComparisonOperator operator, BigDecimal standard) {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(standard, "standard");
    if (!isDefined()) {
      throw new IllegalStateException(indicator.id() + " for " + scope + " in " + period
          + " is not defined: the denominator is 0");
    }
    return operator.holds(numerator.multiply(indicator.unit().factor()), standard.multiply(denominator));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IndicatorValue)) {
      return false;
    }
    IndicatorValue that = (IndicatorValue) other;
    return indicator.id().equals(that.indicator.id()) && scope.equals(that.scope) && period.equals(that.period)
        && numerator.compareTo(that.numerator) == 0 && denominator.compareTo(that.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator.id(), scope, period, numerator.stripTrailingZeros(),
        denominator.stripTrailingZeros());
  }

  /** Returns for example {@code "service.station-coverage 500154000000 2025: 40/40 = 100.00 PERCENT"}. */
  @Override
  public String toString() {
    return indicator.id() + " " + scope + " " + period + ": " + numerator.toPlainString() + "/"
        + denominator.toPlainString() + " = " + value().map(BigDecimal::toPlainString).orElse("undefined") + " "
        + indicator.unit();
  }
}

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceSystem;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An indicator of the three-tier service system (服务体系指标), defined once: an id, a name in both languages, a
 * numerator and a denominator {@link Measure}, a unit, and the number of decimals its value is rounded to, half up.
 * Like a DHIS2 indicator, it is computed for a scope (the district, a township or a village) and a period by
 * measuring numerator and denominator over the scope, then dividing: {@link #compute}.
 *
 * <p>Values are exact until the final rounding ({@link IndicatorValue#value()}), and comparisons with a standard use
 * the exact numerator and denominator ({@link IndicatorValue#satisfies}). {@link ServiceIndicators} lists the
 * library's indicators.
 */
public final class Indicator implements Displayable {
  /** The rounding of every indicator value: half up (四舍五入). */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  private final String id;
  private final BilingualText name;
  private final Measure numerator;
  private final Measure denominator;
  private final IndicatorUnit unit;
  private final int scale;

  private Indicator(String id, BilingualText name, Measure numerator, Measure denominator, IndicatorUnit unit,
      int scale) {
    this.id = id;
    this.name = name;
    this.numerator = numerator;
    this.denominator = denominator;
    this.unit = unit;
    this.scale = scale;
  }

  /**
   * Defines an indicator.
   *
   * @param id the id, dotted kebab-case, for example {@code service.station-coverage}
   * @param chinese the Chinese name, not null
   * @param english the English name, not null
   * @param numerator the numerator, not null
   * @param denominator the denominator, not null
   * @param unit the unit, not null
   * @param scale the number of decimals of the rounded value, 0 to 6
   * @return the indicator
   * @throws IllegalArgumentException if the id is malformed or the scale out of range
   * @throws NullPointerException if an argument is null
   */
  public static Indicator of(String id, String chinese, String english, Measure numerator, Measure denominator,
      IndicatorUnit unit, int scale) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("indicator id '" + id + "' must be dotted kebab-case, like"
          + " 'service.station-coverage'");
    }
    if (scale < 0 || scale > 6) {
      throw new IllegalArgumentException("indicator " + id + ": scale " + scale + " is outside 0..6");
    }
    return new Indicator(id, BilingualText.of(chinese, english), Objects.requireNonNull(numerator, "numerator"),
        Objects.requireNonNull(denominator, "denominator"), Objects.requireNonNull(unit, "unit"), scale);
  }

  /**
   * Computes the indicator for a scope and a period.
   *
   * @param system the system, not null
   * @param scope the district or a division in it, not null
   * @param period the period, not null
   * @return the value, with its exact numerator and denominator
   * @throws IllegalArgumentException if the scope is not within the system's district
   * @throws NullPointerException if an argument is null
   */
  public IndicatorValue compute(ServiceSystem system, DivisionCode scope, ReportingPeriod period) {
    return new IndicatorValue(this, scope, period, numerator.of(system, scope, period),
        denominator.of(system, scope, period));
  }

  /**
   * Returns the id.
   *
   * @return for example {@code service.station-coverage}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the name in both languages.
   *
   * @return the name
   */
  public BilingualText name() {
    return name;
  }

  /**
   * Returns the numerator.
   *
   * @return the measure
   */
  public Measure numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the measure
   */
  public Measure denominator() {
    return denominator;
  }

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public IndicatorUnit unit() {
    return unit;
  }

  /**
   * Returns the number of decimals of the rounded value.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }

  /** Returns for example {@code "service.station-coverage = TOWNSHIPS_WITH_STATION / TOWNSHIPS (PERCENT, 2)"}. */
  @Override
  public String toString() {
    return id + " = " + numerator + " / " + denominator + " (" + unit + ", " + scale + ")";
  }
}

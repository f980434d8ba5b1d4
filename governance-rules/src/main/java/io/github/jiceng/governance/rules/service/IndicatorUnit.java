package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The unit of an {@link Indicator}'s value (指标单位) and the factor its ratio is multiplied by.
 */
public enum IndicatorUnit implements Displayable {
  /** A percentage: numerator × 100 / denominator. */
  PERCENT(100, "%", "%"),
  /** People (or person-times) per unit of the denominator, for example social workers per station. */
  PERSONS_PER_UNIT(1, "人/个", "persons per unit"),
  /** Activities per unit of the denominator, for example services per station. */
  ACTIVITIES_PER_UNIT(1, "场次/个", "activities per unit"),
  /** Organisations per unit of the denominator, for example per community. */
  ORGANISATIONS_PER_UNIT(1, "个/个", "organisations per unit"),
  /** Person-times in the period (denominator 1). */
  PERSON_TIMES(1, "人次", "person-times"),
  /** Yuan per unit of the denominator, for example funding per station. */
  YUAN_PER_UNIT(1, "元/个", "yuan per unit");

  private final BigDecimal factor;
  private final BilingualText name;

  IndicatorUnit(int factor, String chinese, String english) {
    this.factor = BigDecimal.valueOf(factor);
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the factor the ratio numerator / denominator is multiplied by.
   *
   * @return 100 for {@link #PERCENT}, otherwise 1
   */
  public BigDecimal factor() {
    return factor;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

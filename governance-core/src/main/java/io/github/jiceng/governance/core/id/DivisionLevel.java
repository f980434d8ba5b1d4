package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The level of an administrative division (行政区划级别), from province down to village (village-level unit).
 *
 * <p>Constants are declared from the top of the hierarchy down, so {@link #compareTo} orders a higher level before a
 * lower one.
 */
public enum DivisionLevel implements Displayable {
  /** Province-level division (省级): province, autonomous region, municipality such as Chongqing. */
  PROVINCE("省级", "province level"),
  /** Prefecture-level division (地级), including a municipality's "districts" or "counties" grouping. */
  PREFECTURE("地级", "prefecture level"),
  /** County-level division (县级): district, county, county-level city. */
  COUNTY("县级", "county level"),
  /** Township-level division (乡级): street (街道), town (镇), township (乡) or special area. */
  TOWNSHIP("乡级", "township level"),
  /** Village-level unit (村级): residents' community (社区) or administrative village (村). */
  VILLAGE("村级", "village level");

  private final BilingualText name;

  DivisionLevel(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether this level is above (closer to the province than) another level.
   *
   * @param other the other level, not null
   * @return true if this level is strictly higher
   */
  public boolean isAbove(DivisionLevel other) {
    return compareTo(other) < 0;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

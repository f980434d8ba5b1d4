package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a county-level division (县级区划类型): district, county, autonomous county or county-level city.
 *
 * <p>The kind cannot be read from a GB/T 2260 code in general (only some provinces group districts and counties
 * into separate code ranges), so a {@link District} states it.
 */
public enum DistrictKind implements Displayable {
  /** Municipal district (市辖区, 区), such as 开州区. */
  DISTRICT("区", "district"),
  /** County (县). */
  COUNTY("县", "county"),
  /** Autonomous county (自治县) of an ethnic minority. */
  AUTONOMOUS_COUNTY("自治县", "autonomous county"),
  /** County-level city (县级市). */
  COUNTY_LEVEL_CITY("县级市", "county-level city"),
  /** Another county-level kind, such as a banner (旗), forestry district (林区) or special district (特区). */
  OTHER("其他", "other county-level division");

  private final BilingualText name;

  DistrictKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

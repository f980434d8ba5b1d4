package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a township-level division (乡级区划类型), read from digits 7-9 of a 12-digit statistical division code
 * (GB/T 10114 code ranges).
 */
public enum TownshipKind implements Displayable {
  /** Street (街道, sub-district office area): township digits 001-099. */
  STREET("街道", "street (sub-district)", 1, 99),
  /** Town (镇): township digits 100-199. */
  TOWN("镇", "town", 100, 199),
  /** Township (乡, including ethnic townships): township digits 200-299. */
  TOWNSHIP("乡", "township", 200, 299),
  /** Special area (林场、牧场、农场、园区等特殊区域): township digits 400-599. */
  SPECIAL_AREA("特殊区域", "special area (farm, forestry centre, park)", 400, 599),
  /** A township code outside the ranges defined by GB/T 10114 (300-399 or 600-999). */
  OTHER("其他", "other (undefined code range)", 0, -1);

  private final BilingualText name;
  private final int first;
  private final int last;

  TownshipKind(String chinese, String english, int first, int last) {
    this.name = BilingualText.of(chinese, english);
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the kind of township for the three township digits of a statistical division code.
   *
   * @param townshipDigits the township digits as a number, 1 to 999
   * @return the kind; {@link #OTHER} for numbers outside the defined ranges
   * @throws IllegalArgumentException if the number is not in 1..999
   */
  public static TownshipKind ofTownshipDigits(int townshipDigits) {
    if (townshipDigits < 1 || townshipDigits > 999) {
      throw new IllegalArgumentException("township digits must be 001-999: " + townshipDigits);
    }
    for (TownshipKind kind : values()) {
      if (townshipDigits >= kind.first && townshipDigits <= kind.last) {
        return kind;
      }
    }
    return OTHER;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

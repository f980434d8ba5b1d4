package io.github.jiceng.governance.core.id;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a village-level unit (村级单位类型), read from digits 10-12 of a 12-digit statistical division code.
 */
public enum VillageKind implements Displayable {
  /** Residents' community (社区), governed by a residents' committee (居民委员会): village digits 001-199. */
  COMMUNITY("社区", "residents' community", 1, 199),
  /** Administrative village (村), governed by a villagers' committee (村民委员会): village digits 200-399. */
  VILLAGE("村", "village", 200, 399),
  /** A village-level code outside the two defined ranges (400-999). */
  OTHER("其他", "other (undefined code range)", 400, 999);

  private final BilingualText name;
  private final int first;
  private final int last;

  VillageKind(String chinese, String english, int first, int last) {
    this.name = BilingualText.of(chinese, english);
    this.first = first;
    this.last = last;
  }

  /**
   * Returns the kind of village-level unit for the three village digits of a statistical division code.
   *
   * @param villageDigits the village digits as a number, 1 to 999
   * @return the kind
   * @throws IllegalArgumentException if the number is not in 1..999
   */
  public static VillageKind ofVillageDigits(int villageDigits) {
    for (VillageKind kind : values()) {
      if (villageDigits >= kind.first && villageDigits <= kind.last) {
        return kind;
      }
    }
    throw new IllegalArgumentException("village digits must be 001-999: " + villageDigits);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

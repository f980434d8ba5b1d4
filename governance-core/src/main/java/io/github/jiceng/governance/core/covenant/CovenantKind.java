package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a covenant (公约类型): village rules, made by a villagers' meeting, or a residents' convention, made by
 * a residents' meeting.
 */
public enum CovenantKind implements Displayable {
  /** Village rules (村规民约): 村委会法 Art 27, filed with the township government. */
  VILLAGE_RULES("村规民约", "village rules"),
  /** Residents' convention (居民公约): 居委会法 (1989) Art 15, filed with the district government or street office. */
  RESIDENTS_CONVENTION("居民公约", "residents' convention");

  private final BilingualText name;

  CovenantKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether the covenant is a village's.
   *
   * @return true for {@link #VILLAGE_RULES}
   */
  public boolean isVillage() {
    return this == VILLAGE_RULES;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

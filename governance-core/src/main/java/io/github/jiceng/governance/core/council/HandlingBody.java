package io.github.jiceng.governance.core.council;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The body that handles a triaged matter (承办主体).
 */
public enum HandlingBody implements Displayable {
  /** A government department (政府职能部门). */
  GOVERNMENT_DEPARTMENT("政府职能部门", "government department", true),
  /** The township government or street office (乡镇政府、街道办事处). */
  TOWNSHIP_OR_STREET("乡镇政府、街道办事处", "township government or street office", true),
  /** The villagers' or residents' committee (村（居）民委员会). */
  VILLAGE_OR_COMMUNITY_COMMITTEE("村（居）民委员会", "villagers' or residents' committee", false),
  /** A council of the village or community (议事会等协商组织). */
  COUNCIL("议事会等协商组织", "council", false),
  /** A social organisation or volunteers (社会组织、志愿者). */
  SOCIAL_ORGANISATION("社会组织、志愿者", "social organisation or volunteers", false),
  /** The residents themselves (居民自行处理). */
  RESIDENTS("居民自行处理", "the residents themselves", false);

  private final BilingualText name;
  private final boolean government;

  HandlingBody(String chinese, String english, boolean government) {
    this.name = BilingualText.of(chinese, english);
    this.government = government;
  }

  /**
   * Returns whether the body is part of government.
   *
   * @return true for a department, township government or street office
   */
  public boolean isGovernment() {
    return government;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

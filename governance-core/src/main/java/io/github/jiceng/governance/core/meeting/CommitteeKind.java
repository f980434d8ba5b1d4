package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The kind of a self-governance committee (自治组织类型).
 */
public enum CommitteeKind implements Displayable {
  /** Villagers' committee (村民委员会): 3 to 7 members with a woman member under the pre-2026 text (Art 6). */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee", "villagers-committee"),
  /** Residents' committee (居民委员会): 5 to 9 members under the 1989 text (Art 7). */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee", "residents-committee");

  private final BilingualText name;
  private final String code;

  CommitteeKind(String chinese, String english, String code) {
    this.name = BilingualText.of(chinese, english);
    this.code = code;
  }

  /**
   * Returns the stable kebab-case code, used in parameter names.
   *
   * @return for example {@code "villagers-committee"}
   */
  public String code() {
    return code;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

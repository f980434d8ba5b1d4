package io.github.jiceng.governance.core.linkage.committee;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Which of the "two committees" (两委) a committee is: the party organisation, or the self-governing committee of a
 * village (村民委员会) or of a residents' community (居民委员会).
 */
public enum CommitteeKind implements Displayable {
  /** 村（社区）党组织: the party branch or committee of the village or community. */
  PARTY_ORGANISATION("村（社区）党组织", "party organisation"),
  /** 村民委员会: the villagers' committee, a self-governing body of an administrative village. */
  VILLAGERS_COMMITTEE("村民委员会", "villagers' committee"),
  /** 居民委员会: the residents' committee, a self-governing body of an urban community. */
  RESIDENTS_COMMITTEE("居民委员会", "residents' committee");

  private final BilingualText name;

  CommitteeKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether this is a self-governing committee (村民委员会 or 居民委员会) rather than the party organisation.
   *
   * @return true for the villagers' and residents' committees
   */
  public boolean isSelfGoverning() {
    return this != PARTY_ORGANISATION;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

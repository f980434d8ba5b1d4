package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Who asked for a meeting to be convened (提议召集的主体). Under the pre-2026 texts a villagers' meeting must be
 * convened when one-tenth or more of the villagers, or one-third or more of the representatives, ask; a residents'
 * meeting when one-fifth or more of the adult residents or of the households, or one-third or more of the residents'
 * groups, ask; a villagers' representative meeting when one-fifth or more of the representatives ask.
 */
public enum Requesters implements Displayable {
  /** Villagers or residents aged 18 or over (村（居）民). */
  ADULTS("十八周岁以上的村（居）民", "villagers or residents aged 18 or over"),
  /** Households (户). */
  HOUSEHOLDS("户", "households"),
  /** Representatives (村（居）民代表). */
  REPRESENTATIVES("村（居）民代表", "representatives"),
  /** Residents' groups (居民小组). */
  RESIDENT_GROUPS("居民小组", "residents' groups");

  private final BilingualText name;

  Requesters(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.meeting;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Whom a meeting's quorum counts (应到人员基数): the people, households or representatives whose attendance the law
 * compares with the eligible total. A villagers' meeting, for example, is quorate with more than half of the villagers
 * aged 18 or over, or with two-thirds or more of the households' representatives.
 */
public enum QuorumBase implements Displayable {
  /** Villagers or residents aged 18 or over (十八周岁以上的村民/居民). */
  ADULTS("十八周岁以上的村（居）民", "villagers or residents aged 18 or over", "adults"),
  /** The representatives of households, one per household (户的代表). */
  HOUSEHOLDS("户的代表", "households' representatives", "households"),
  /** The members of a representative meeting (村（居）民代表会议组成人员). */
  MEMBERS("代表会议组成人员", "members of the representative meeting", "members"),
  /** Representatives elected by residents' groups, two or three per group (居民小组选举的代表). */
  GROUP_REPRESENTATIVES("居民小组选举的代表", "representatives elected by residents' groups", "group-representatives");

  private final BilingualText name;
  private final String code;

  QuorumBase(String chinese, String english, String code) {
    this.name = BilingualText.of(chinese, english);
    this.code = code;
  }

  /**
   * Returns the stable kebab-case code, used in parameter names.
   *
   * @return for example {@code "households"}
   */
  public String code() {
    return code;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

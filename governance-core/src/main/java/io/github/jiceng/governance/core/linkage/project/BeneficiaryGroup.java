package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A group of people a linkage project serves (服务对象类别).
 */
public enum BeneficiaryGroup implements Displayable {
  /** 留守儿童: left-behind children, whose parents work elsewhere. Their data are minors' data. */
  LEFT_BEHIND_CHILDREN("留守儿童", "left-behind children", true),
  /** 困境儿童: children in difficulty. Their data are minors' data. */
  CHILDREN_IN_DIFFICULTY("困境儿童", "children in difficulty", true),
  /** 独居老人: elderly people living alone. */
  ELDERLY_LIVING_ALONE("独居老人", "elderly people living alone", false),
  /** 留守老人: left-behind elderly people. */
  LEFT_BEHIND_ELDERLY("留守老人", "left-behind elderly people", false),
  /** 残疾人: people with disabilities. */
  PEOPLE_WITH_DISABILITIES("残疾人", "people with disabilities", false),
  /** 困难家庭: families in difficulty (低保, 特困). */
  FAMILIES_IN_DIFFICULTY("困难家庭", "families in difficulty", false),
  /** 社区居民: residents of the community in general. */
  RESIDENTS("社区居民", "community residents", false),
  /** 其他: another group. */
  OTHER("其他", "other", false);

  private final BilingualText name;
  private final boolean minors;

  BeneficiaryGroup(String chinese, String english, boolean minors) {
    this.name = BilingualText.of(chinese, english);
    this.minors = minors;
  }

  /**
   * Returns whether the group consists of minors, whose personal data need special protection.
   *
   * @return true for children's groups
   */
  public boolean isMinors() {
    return minors;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

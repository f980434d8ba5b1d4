package io.github.jiceng.governance.core.linkage.committee;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A member's post on a committee (职务). A party organisation has a secretary, deputy secretaries and members; a
 * villagers' or residents' committee has a chair, vice-chairs and members.
 */
public enum CommitteeRole implements Displayable {
  /** 书记: the secretary of the party organisation. */
  SECRETARY("书记", "secretary"),
  /** 副书记: a deputy secretary of the party organisation. */
  DEPUTY_SECRETARY("副书记", "deputy secretary"),
  /** 主任: the chair of a villagers' or residents' committee. */
  CHAIR("主任", "chair"),
  /** 副主任: a vice-chair of a villagers' or residents' committee. */
  VICE_CHAIR("副主任", "vice-chair"),
  /** 委员: an ordinary member. */
  MEMBER("委员", "member");

  private final BilingualText name;

  CommitteeRole(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

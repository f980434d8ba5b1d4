package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How a clause changed between two versions of a covenant (条款变化类型).
 */
public enum ChangeKind implements Displayable {
  /** A clause number that only the newer version has, with text the older version does not have (新增). */
  ADDED("新增", "added"),
  /** A clause number that only the older version has, whose text the newer version does not have (删除). */
  REMOVED("删除", "removed"),
  /** A clause number both versions have, with different text, area or sanction flag (修改). */
  AMENDED("修改", "amended"),
  /** The same text under another number (条款序号调整). */
  RENUMBERED("序号调整", "renumbered");

  private final BilingualText name;

  ChangeKind(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

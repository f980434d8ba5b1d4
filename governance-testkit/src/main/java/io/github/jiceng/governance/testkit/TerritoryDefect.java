package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate inconsistency (区划数据缺陷) in a generated territory, for testing the rules that report it.
 *
 * @see TerritoryGenerators#defective(TerritoryShape, TerritoryDefect)
 */
public enum TerritoryDefect implements Displayable {
  /** A village-level unit whose stated township exists but is not the parent of its code. */
  VILLAGE_PARENT_MISMATCH("村级单位所属乡镇与代码不符", "village's stated township is not its code's parent"),
  /** A village-level unit whose stated kind (community or village) disagrees with its code's village range. */
  VILLAGE_KIND_MISMATCH("村级单位类型与代码段不符", "village's kind disagrees with its code range"),
  /**
   * A unit whose parent is missing: a village-level unit whose township, or a township whose district, is not in the
   * territory (the stated parent code and the code's parent agree, and neither is present).
   */
  MISSING_PARENT("上级单位缺失", "unit's parent is not in the territory");

  private final BilingualText name;

  TerritoryDefect(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

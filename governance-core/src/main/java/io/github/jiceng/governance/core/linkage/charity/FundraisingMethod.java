package io.github.jiceng.governance.core.linkage.charity;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How a campaign raises funds (募捐方式, 慈善法 Art 21).
 */
public enum FundraisingMethod implements Displayable {
  /** 公开募捐: fundraising from the public, which needs the public-fundraising qualification (Art 22). */
  PUBLIC("公开募捐", "public fundraising"),
  /** 定向募捐: fundraising among specific persons (founders, council members, members), allowed from registration. */
  DIRECTED("定向募捐", "directed fundraising");

  private final BilingualText name;

  FundraisingMethod(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

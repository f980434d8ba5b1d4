package io.github.jiceng.governance.core.linkage.organisation;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The legal status an organisation's record states (法律地位): a registered legal person, or a filed organisation
 * without legal personality.
 */
public enum LegalStatus implements Displayable {
  /** 登记的法人: registered with civil affairs and a legal person (社会团体法人, 民办非企业单位法人, 基金会法人). */
  LEGAL_PERSON("登记的法人", "registered legal person"),
  /** 备案，无法人资格: filed with the street or township, without legal personality. */
  FILED("备案（无法人资格）", "filed, no legal personality");

  private final BilingualText name;

  LegalStatus(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

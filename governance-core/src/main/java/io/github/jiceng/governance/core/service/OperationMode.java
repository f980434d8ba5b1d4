package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * How a service unit is run (运营方式): by the government itself, or by a social organisation whose services the
 * government purchases (政府购买服务).
 */
public enum OperationMode implements Displayable {
  /** 政府直接运营: run by the civil-affairs bureau, the township government or the street office. */
  GOVERNMENT_RUN("政府直接运营", "government-run"),
  /** 政府购买服务: run by a social organisation (typically a social-work service organisation) under a contract. */
  PURCHASED_SERVICE("政府购买服务", "purchase of services from a social organisation");

  private final BilingualText name;

  OperationMode(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The funding a department offers with a task it asks a village or community to take on (经费保障方式).
 */
public enum FundingOffer implements Displayable {
  /** No funding is offered. */
  NONE("不提供经费", "no funding"),
  /** The department pays the village or community for the work (费随事转, 委托部门承担经费). */
  FUNDS_FOLLOW_TASK("经费随事转", "funds follow the task"),
  /** The department buys the service (政府购买服务), for work that is not on the assistance list. */
  PURCHASE_OF_SERVICES("政府购买服务", "purchase of services");

  private final BilingualText name;

  FundingOffer(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * Where a service unit's money comes from (经费来源).
 */
public enum FundingSource implements Displayable {
  /** 财政预算: the regular budget of the district or township. */
  FISCAL_BUDGET("财政预算", "fiscal budget"),
  /** 试点配套资金: pilot or matching funds, such as those of the three-tier system pilots. */
  PILOT_FUND("试点配套资金", "pilot matching fund"),
  /** 福彩公益金: welfare-lottery public-welfare funds. */
  WELFARE_LOTTERY("福彩公益金", "welfare-lottery fund"),
  /** 政府购买服务资金: the price of a purchase-of-services contract. */
  PURCHASE_OF_SERVICES("政府购买服务资金", "purchase-of-services contract"),
  /** 社会慈善资源: donations, community funds and other charity resources. */
  CHARITY("社会慈善资源", "charity resources"),
  /** 其他: another source. */
  OTHER("其他", "other");

  private final BilingualText name;

  FundingSource(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

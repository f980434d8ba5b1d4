package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import io.github.jiceng.governance.core.linkage.charity.FundraisingPlan;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The fields of a public fundraising plan that the Charity Law requires (Art 24), with their names in both languages.
 */
enum PlanField implements Displayable {
  /** 募捐目的. */
  PURPOSE("purpose", "募捐目的", "purpose", FundraisingPlan::purpose),
  /** 地域范围. */
  AREA("area", "地域范围", "area", FundraisingPlan::area),
  /** 活动负责人. */
  PERSON_IN_CHARGE("personInCharge", "活动负责人", "person in charge", FundraisingPlan::personInCharge),
  /** 接受捐赠方式. */
  RECEIVING_METHODS("receivingMethods", "接受捐赠方式", "ways of receiving donations", FundraisingPlan::receivingMethods),
  /** 银行账户. */
  BANK_ACCOUNT("bankAccount", "银行账户", "bank account", FundraisingPlan::bankAccount),
  /** 受益人. */
  BENEFICIARIES("beneficiaries", "受益人", "beneficiaries", FundraisingPlan::beneficiaries),
  /** 募得款物用途. */
  USE("use", "募得款物用途", "use of the funds", FundraisingPlan::use),
  /** 募捐成本. */
  COSTS("costs", "募捐成本", "fundraising costs", FundraisingPlan::costs),
  /** 剩余财产的处理. */
  SURPLUS_DISPOSAL("surplusDisposal", "剩余财产的处理", "disposal of any surplus", FundraisingPlan::surplusDisposal);

  private final String property;
  private final BilingualText name;
  private final Function<FundraisingPlan, Optional<String>> accessor;

  PlanField(String property, String chinese, String english, Function<FundraisingPlan, Optional<String>> accessor) {
    this.property = property;
    this.name = BilingualText.of(chinese, english);
    this.accessor = accessor;
  }

  /** Returns the JSON property name. */
  String property() {
    return property;
  }

  /** Returns whether the field is missing or blank in a plan. */
  boolean isMissingIn(FundraisingPlan plan) {
    return accessor.apply(plan).map(String::isBlank).orElse(true);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

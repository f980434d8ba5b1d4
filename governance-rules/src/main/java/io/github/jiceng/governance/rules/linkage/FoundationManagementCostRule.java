package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A foundation with the public-fundraising qualification spent more than 10% of its total spending on management
 * (具有公开募捐资格的基金会管理费用超标): "年度管理费用不得超过当年总支出的百分之十" (慈善法; 基金会管理条例 Art 29 for staff
 * pay and administration). "不得超过" allows exactly 10%; compared as costs × 100 ≤ 10 × total, without floating
 * point. Foundations without the qualification have other, unconfirmed limits and are not checked.
 */
@RuleDefinition(
    id = "linkage.foundation.management-cost-ratio",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.FOUNDATION_REGULATION, article = "第二十九条",
            inForceFrom = Instruments.FOUNDATION_REGULATION_FROM, confidence = Confidence.CONFIRMED,
            note = "staff pay and administrative costs ≤ 10% of total spending (reference.md §6.1)"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第六十一条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2: management costs ≤ 10%")})
public final class FoundationManagementCostRule implements Rule<FoundationAccounts> {
  /** The most management costs may be, as a percentage of total spending. */
  public static final int MAXIMUM_PERCENT = 10;
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FoundationManagementCostRule() {
    // stateless
  }

  @Override
  public Class<FoundationAccounts> subjectType() {
    return FoundationAccounts.class;
  }

  @Override
  public void check(FoundationAccounts accounts, RuleContext context, FindingCollector out) {
    if (!accounts.publicFundraisingQualified()) {
      return;
    }
    if (accounts.managementCosts().multiply(BigDecimal.valueOf(100))
        .compareTo(accounts.totalSpending().multiply(BigDecimal.valueOf(MAXIMUM_PERCENT))) > 0) {
      out.report(JsonPointer.of("managementCosts"), Map.of(
          "organisation", accounts.organisationId(),
          "year", accounts.year(),
          "costs", accounts.managementCosts(),
          "total", accounts.totalSpending(),
          "percent", MAXIMUM_PERCENT));
    }
  }
}

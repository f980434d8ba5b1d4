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
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A foundation with the public-fundraising qualification spent less than 70% on charitable activities
 * (具有公开募捐资格的基金会年度慈善活动支出不足): the year's charitable spending must be at least 70% of the previous
 * year's total income (基金会管理条例 Art 29) or, under the Charity Law, of the average income of the previous three
 * years. "不得低于" includes the bound; compared as spending × 100 ≥ 70 × income, without floating point. The
 * three-year alternative applies to years that end on or after 2016-09-01.
 */
@RuleDefinition(
    id = "linkage.foundation.spending-ratio",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.FOUNDATION_REGULATION, article = "第二十九条",
            inForceFrom = Instruments.FOUNDATION_REGULATION_FROM, confidence = Confidence.CONFIRMED,
            note = "公募基金会 ≥ 70% of the previous year's total income (reference.md §6.1)"),
        @Basis(instrument = Instruments.CHARITY_LAW, version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.SINGLE_SOURCE, note = "the 70% rule with the three-year alternative; article not checked"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第六十一条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2: ≥ 70% of the previous year's income or of the 3-year average")})
public final class FoundationSpendingRule implements Rule<FoundationAccounts> {
  /** The minimum percentage of income a qualified foundation spends on charitable activities. */
  public static final int MINIMUM_PERCENT = 70;
  private static final long serialVersionUID = 1L;
  private static final LocalDate CHARITY_LAW = LocalDate.parse(Instruments.CHARITY_LAW_2016_FROM);

  /** Creates the rule. */
  public FoundationSpendingRule() {
    // stateless
  }

  @Override
  public Class<FoundationAccounts> subjectType() {
    return FoundationAccounts.class;
  }

  @Override
  public void check(FoundationAccounts accounts, RuleContext context, FindingCollector out) {
    if (!accounts.publicFundraisingQualified() || accounts.previousYearIncome().isEmpty()) {
      return;
    }
    BigDecimal spending = accounts.charitableSpending();
    if (meets(spending, accounts.previousYearIncome().get())) {
      return;
    }
    Optional<BigDecimal> average = accounts.yearEnd().isBefore(CHARITY_LAW)
        ? Optional.empty() : accounts.threeYearAverageIncome();
    if (average.isPresent() && meets(spending, average.get())) {
      return;
    }
    out.report(JsonPointer.of("charitableSpending"), Map.of(
        "organisation", accounts.organisationId(),
        "year", accounts.year(),
        "spending", spending,
        "income", accounts.previousYearIncome().get(),
        "average", average,
        "percent", MINIMUM_PERCENT));
  }

  private static boolean meets(BigDecimal spending, BigDecimal income) {
    return spending.multiply(BigDecimal.valueOf(100))
        .compareTo(income.multiply(BigDecimal.valueOf(MINIMUM_PERCENT))) >= 0;
  }
}

package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A foundation without the public-fundraising qualification spent less than its floor on charitable activities
 * (不具有公开募捐资格的基金会年度支出不足): by default 8% of the previous year's net assets (基金会管理条例 Art 29:
 * 非公募基金会 ≥ 8% of the previous year's fund balance). Since 2016 civil affairs has set tiered floors for such
 * foundations, which the reference does not confirm, so the percentage is the pack parameter {@link #PERCENT} and the
 * rule is a warning.
 */
@RuleDefinition(
    id = "linkage.foundation.non-public-spending-ratio",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.FOUNDATION_REGULATION, article = "第二十九条",
        inForceFrom = Instruments.FOUNDATION_REGULATION_FROM, confidence = Confidence.PROVISIONAL,
        note = "8% is confirmed for the 2004 regulation; the 2016 civil-affairs tiers are [U] (pack parameter"
            + " linkage.foundation.non-public-spending-percent)"))
public final class FoundationNonPublicSpendingRule implements Rule<FoundationAccounts> {
  /** The minimum percentage of the previous year's net assets; default 8. */
  public static final Parameter<Integer> PERCENT =
      Parameter.of("linkage.foundation.non-public-spending-percent", Integer.class, 8);
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FoundationNonPublicSpendingRule() {
    // stateless
  }

  @Override
  public Class<FoundationAccounts> subjectType() {
    return FoundationAccounts.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(PERCENT);
  }

  @Override
  public void check(FoundationAccounts accounts, RuleContext context, FindingCollector out) {
    if (accounts.publicFundraisingQualified() || accounts.previousYearNetAssets().isEmpty()
        || accounts.previousYearNetAssets().get().signum() <= 0) {
      return;
    }
    int percent = context.parameter(PERCENT);
    BigDecimal assets = accounts.previousYearNetAssets().get();
    if (accounts.charitableSpending().multiply(BigDecimal.valueOf(100))
        .compareTo(assets.multiply(BigDecimal.valueOf(percent))) < 0) {
      out.report(JsonPointer.of("charitableSpending"), Map.of(
          "organisation", accounts.organisationId(),
          "year", accounts.year(),
          "spending", accounts.charitableSpending(),
          "assets", assets,
          "percent", percent));
    }
  }
}

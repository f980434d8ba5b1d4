package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.Donation;
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
import java.util.TreeMap;

/**
 * A community fund paid out more than it had received (社区基金支出超过收入): the running balance (opening balance plus
 * receipts less disbursements, day by day, receipts of a day before its disbursements) must never be negative. A
 * negative balance means unrecorded receipts or wrong disbursements; the first day it happens is reported.
 */
@RuleDefinition(
    id = "linkage.fund.overspent",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第五十三条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED,
            note = "慈善组织对募集的财产，应当登记造册，严格管理，专款专用 (law-lib.com text and another copy)"),
        @Basis(instrument = Instruments.CHARITY_LAW, version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.SINGLE_SOURCE,
            note = "the same duty in the amended text; its article number is not checked")})
public final class FundOverspentRule implements Rule<CommunityFund> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public FundOverspentRule() {
    // stateless
  }

  @Override
  public Class<CommunityFund> subjectType() {
    return CommunityFund.class;
  }

  @Override
  public void check(CommunityFund fund, RuleContext context, FindingCollector out) {
    TreeMap<LocalDate, BigDecimal[]> days = new TreeMap<>();
    for (Donation receipt : fund.receipts()) {
      BigDecimal[] day = days.computeIfAbsent(receipt.date(), d -> zeros());
      day[0] = day[0].add(receipt.amount());
    }
    for (Disbursement disbursement : fund.disbursements()) {
      BigDecimal[] day = days.computeIfAbsent(disbursement.date(), d -> zeros());
      day[1] = day[1].add(disbursement.amount());
    }
    BigDecimal balance = fund.openingBalance();
    BigDecimal received = BigDecimal.ZERO;
    BigDecimal paid = BigDecimal.ZERO;
    for (Map.Entry<LocalDate, BigDecimal[]> day : days.entrySet()) {
      received = received.add(day.getValue()[0]);
      paid = paid.add(day.getValue()[1]);
      balance = balance.add(day.getValue()[0]).subtract(day.getValue()[1]);
      if (balance.signum() < 0) {
        out.report(JsonPointer.of("disbursements"), Map.of(
            "id", fund.id(),
            "date", day.getKey(),
            "received", fund.openingBalance().add(received),
            "paid", paid,
            "shortfall", balance.negate()));
        return;
      }
    }
  }

  private static BigDecimal[] zeros() {
    return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
  }
}

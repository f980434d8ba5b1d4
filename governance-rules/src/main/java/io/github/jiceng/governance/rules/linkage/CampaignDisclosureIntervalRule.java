package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.FundraisingMethod;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A public campaign of more than six months went more than three months without disclosing its fundraising
 * (公开募捐周期超过六个月未按季度公开): "公开募捐周期超过六个月的，至少每三个月公开一次募捐情况" (慈善法 Art 79; Art
 * 73 of the 2016 text). "超过" excludes six months: a campaign from 1 January to 30 June is not longer than six
 * months, one to 1 July is.
 *
 * <p>From the first day, each disclosure is due at most three months after the previous one (or after the start);
 * one gap is reported for each late or missing disclosure, up to the campaign's end or the evaluation date,
 * whichever is earlier (a disclosure not yet due is not late).
 */
@RuleDefinition(
    id = "linkage.campaign.disclosure-interval",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED,
            note = "the same sentence is quoted from the 2016 law (中新社 2016-03-16); its article number is not checked"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第七十九条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2")})
public final class CampaignDisclosureIntervalRule implements Rule<FundraisingCampaign> {
  /** Campaigns longer than this many months must disclose periodically. */
  public static final int LONG_CAMPAIGN_MONTHS = 6;
  /** The most months between disclosures. */
  public static final int INTERVAL_MONTHS = 3;
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CampaignDisclosureIntervalRule() {
    // stateless
  }

  /**
   * Returns whether a campaign lasts more than six months: its last day is on or after the day six months after its
   * first day.
   *
   * @param campaign the campaign, not null
   * @return true for a campaign longer than six months
   */
  public static boolean isLong(FundraisingCampaign campaign) {
    return !campaign.end().isBefore(campaign.start().plusMonths(LONG_CAMPAIGN_MONTHS));
  }

  @Override
  public Class<FundraisingCampaign> subjectType() {
    return FundraisingCampaign.class;
  }

  @Override
  public void check(FundraisingCampaign campaign, RuleContext context, FindingCollector out) {
    if (campaign.method() != FundraisingMethod.PUBLIC || !isLong(campaign)) {
      return;
    }
    LocalDate horizon = campaign.end().isBefore(context.evaluationDate()) ? campaign.end() : context.evaluationDate();
    List<LocalDate> during = campaign.disclosures().stream()
        .filter(d -> !d.isBefore(campaign.start()) && !d.isAfter(campaign.end()))
        .sorted().distinct().collect(Collectors.toList());
    LocalDate anchor = campaign.start();
    for (LocalDate disclosure : during) {
      LocalDate due = anchor.plusMonths(INTERVAL_MONTHS);
      if (disclosure.isAfter(due) && due.isBefore(horizon)) {
        report(campaign, anchor, due, Optional.of(disclosure), out);
      }
      anchor = disclosure;
    }
    LocalDate due = anchor.plusMonths(INTERVAL_MONTHS);
    if (due.isBefore(horizon)) {
      report(campaign, anchor, due, Optional.empty(), out);
    }
  }

  private static void report(FundraisingCampaign campaign, LocalDate from, LocalDate due, Optional<LocalDate> next,
      FindingCollector out) {
    out.report(JsonPointer.of("disclosures"), Map.of(
        "id", campaign.id(), "from", from, "due", due, "next", next));
  }
}

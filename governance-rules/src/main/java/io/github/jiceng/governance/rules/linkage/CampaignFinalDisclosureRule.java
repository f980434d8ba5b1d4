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
import java.util.Map;
import java.util.Optional;

/**
 * A public campaign did not disclose its fundraising in full within three months after it ended
 * (公开募捐活动结束后三个月内未全面公开): "公开募捐活动结束后三个月内应当全面、详细公开募捐情况" (慈善法 Art 79). The
 * final disclosure is the first one on or after the last day; it is due by the day three months after the last day.
 * A campaign whose deadline is after the evaluation date is not late yet.
 */
@RuleDefinition(
    id = "linkage.campaign.final-disclosure-late",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED,
            note = "the same duty is quoted from the 2016 law; its article number is not checked"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第七十九条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2")})
public final class CampaignFinalDisclosureRule implements Rule<FundraisingCampaign> {
  /** The final disclosure is due within this many months after the end. */
  public static final int MONTHS_AFTER_END = 3;
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CampaignFinalDisclosureRule() {
    // stateless
  }

  @Override
  public Class<FundraisingCampaign> subjectType() {
    return FundraisingCampaign.class;
  }

  @Override
  public void check(FundraisingCampaign campaign, RuleContext context, FindingCollector out) {
    if (campaign.method() != FundraisingMethod.PUBLIC) {
      return;
    }
    LocalDate due = campaign.end().plusMonths(MONTHS_AFTER_END);
    Optional<LocalDate> last = campaign.disclosures().stream().filter(d -> !d.isBefore(campaign.end())).sorted()
        .findFirst();
    boolean late = last.map(d -> d.isAfter(due)).orElse(context.evaluationDate().isAfter(due));
    if (late) {
      out.report(JsonPointer.of("disclosures"), Map.of(
          "id", campaign.id(), "end", campaign.end(), "due", due, "disclosed", last));
    }
  }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A public fundraising campaign's plan lacks items the Charity Law requires (募捐方案内容不全): purpose, area, person in
 * charge, ways of receiving donations, bank account, beneficiaries, use, costs and disposal of any surplus (慈善法
 * Art 24; the period is the campaign's own start and end).
 */
@RuleDefinition(
    id = "linkage.campaign.plan-incomplete",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十四条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED, note = "募捐方案 content"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十四条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2")})
public final class CampaignPlanIncompleteRule implements Rule<FundraisingCampaign> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CampaignPlanIncompleteRule() {
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
    List<PlanField> missing = new ArrayList<>();
    for (PlanField field : PlanField.values()) {
      if (field.isMissingIn(campaign.plan())) {
        missing.add(field);
      }
    }
    if (!missing.isEmpty()) {
      JsonPointer at = missing.size() == 1 ? JsonPointer.of("plan", missing.get(0).property()) : JsonPointer.of("plan");
      out.report(at, Map.of("id", campaign.id(), "missing", missing, "count", missing.size()));
    }
  }
}

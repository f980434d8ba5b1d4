package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.FundraisingMethod;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
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
import java.util.Optional;

/**
 * A public fundraising campaign is run without the public-fundraising qualification (无公开募捐资格开展公开募捐): the
 * organiser, or the qualified charity it cooperates with, must hold the qualification on the campaign's first day
 * (慈善法 Art 22, 26). A community fund, which is not a legal person, raises through its holder; a committee or an
 * organisation without the qualification only through a qualified partner ("合作方不得以任何形式自行开展公开募捐").
 *
 * <p>Candidates are the organiser, the stated partner, and for a community fund its holder. Reported only when the
 * lookup holds every social organisation (and, for a fund without a stated partner, every community fund).
 */
@RuleDefinition(
    id = "linkage.campaign.without-qualification",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条、第二十六条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED, note = "公开募捐 needs the qualification; others cooperate with a qualified charity"),
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第二十二条、第二十六条", version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.CONFIRMED,
            note = "reference.md §6.2: the partner runs the fundraising and keeps the income on its own account")})
public final class CampaignWithoutQualificationRule implements Rule<FundraisingCampaign> {
  private static final long serialVersionUID = 1L;
  private static final String ORGANISATION = ActorType.SOCIAL_ORGANISATION.recordType();

  /** Creates the rule. */
  public CampaignWithoutQualificationRule() {
    // stateless
  }

  @Override
  public Class<FundraisingCampaign> subjectType() {
    return FundraisingCampaign.class;
  }

  @Override
  public void check(FundraisingCampaign campaign, RuleContext context, FindingCollector out) {
    if (campaign.method() != FundraisingMethod.PUBLIC || !Lookups.covers(context, ORGANISATION)) {
      return;
    }
    List<ActorRef> candidates = new ArrayList<>();
    candidates.add(campaign.organiser());
    campaign.qualifiedPartner().ifPresent(candidates::add);
    if (campaign.organiser().type() == ActorType.COMMUNITY_FUND) {
      Optional<CommunityFund> fund = Lookups.find(context, campaign.organiser(), CommunityFund.class);
      if (fund.isEmpty() && campaign.qualifiedPartner().isEmpty()) {
        return; // the holder is unknown
      }
      fund.ifPresent(f -> candidates.add(f.holder()));
    }
    for (ActorRef candidate : candidates) {
      if (candidate.type() == ActorType.SOCIAL_ORGANISATION
          && Lookups.find(context, candidate, SocialOrganisation.class)
              .map(o -> o.holdsPublicFundraisingQualificationOn(campaign.start())).orElse(false)) {
        return;
      }
    }
    out.report(JsonPointer.of(campaign.qualifiedPartner().isPresent() ? "qualifiedPartner" : "organiser"), Map.of(
        "id", campaign.id(),
        "organiser", campaign.organiser().toString(),
        "partner", campaign.qualifiedPartner().map(ActorRef::toString),
        "start", campaign.start()));
  }
}

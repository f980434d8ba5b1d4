package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of five-society linkage (五社联动规则集), to add to a rule pack: {@link #all()} for the national pack and
 * {@link #chongqing()} for the rules that rest on Chongqing regulations.
 */
public final class LinkageRules {
  private LinkageRules() {
  }

  /**
   * Returns a new instance of every national linkage rule.
   *
   * @return the rules, grouped by subject
   */
  public static List<Rule<?>> all() {
    return List.of(
        new OrganisationKindCodeMismatchRule(),
        new FiledOrganisationCreditCodeRule(),
        new LegalStatusMismatchRule(),
        new OrganisationCreditCodeMissingRule(),
        new QualificationWithoutCharityStatusRule(),
        new QualificationTooEarlyRule(),
        new QualificationLevelUnknownRule(),
        new WorkerEmployerMissingRule(),
        new ServiceHoursMismatchRule(),
        new ServiceHoursExceedSpanRule(),
        new ServiceFieldsMissingRule(),
        new HighRiskUninsuredRule(),
        new ServiceVolunteerUnregisteredRule(),
        new DailyHoursImpossibleRule(),
        new DailyHoursHighRule(),
        new StarLevelMismatchRule(),
        new CampaignWithoutQualificationRule(),
        new CampaignPlanIncompleteRule(),
        new CampaignDisclosureIntervalRule(),
        new CampaignFinalDisclosureRule(),
        new FundOverspentRule(),
        new FoundationSpendingRule(),
        new FoundationNonPublicSpendingRule(),
        new FoundationManagementCostRule(),
        new ProjectStageActorRule(),
        new ProjectStageOrderRule(),
        new ProjectNeedMissingRule(),
        new ProjectDesignMissingRule(),
        new ProjectFiveActorsMissingRule(),
        new ProjectFundingSourceRule(),
        new ProjectActorMissingRule(),
        new ProjectServiceRecordMissingRule(),
        new ProjectVolunteerHoursUntracedRule(),
        new ProjectFundingUntracedRule());
  }

  /**
   * Returns a new instance of every linkage rule that rests on a Chongqing regulation (重庆市志愿服务条例): guardian
   * consent for minors (Art 9) and written agreements (Art 21). The Chongqing pack adds them.
   *
   * @return the rules
   */
  public static List<Rule<?>> chongqing() {
    return List.of(new GuardianConsentMissingRule(), new WrittenAgreementMissingRule());
  }
}

package io.github.jiceng.governance.rules.linkage;

import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.CHARITY;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.COMMITTEE;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.ZHICHENG;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.accounts;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.campaign;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.charity;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.codes;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.fund;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.only;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.validate;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.Donation;
import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.FundraisingMethod;
import io.github.jiceng.governance.core.linkage.charity.ImmutableCommunityFund;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingPlan;
import io.github.jiceng.governance.core.linkage.organisation.ImmutablePublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Fundraising campaigns, community funds and foundations. */
class CharityRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void aFundRaisesFromThePublicThroughAQualifiedHolderOrPartner() {
    // the fixture's campaign is organised by the fund, whose holder (the 慈善会) is qualified since 2019-07-01
    ImmutableFundraisingCampaign byCommittee = ImmutableFundraisingCampaign.copyOf(campaign()).withOrganiser(COMMITTEE);
    Finding finding = only(byCommittee);
    assertThat(finding.code().value()).isEqualTo("linkage.campaign.without-qualification");
    assertThat(finding.message(ZH)).isEqualTo("community-committee:500154101201-VC的公开募捐活动C-1（合作方：—）"
        + "于2026年1月10日开始，但当日发起方和合作方均不具有公开募捐资格");
    assertThat(validate(with(byCommittee.withQualifiedPartner(CHARITY))).findings()).isEmpty();
    assertThat(codes(validate(with(byCommittee.withQualifiedPartner(ZHICHENG)))))
        .containsExactly("linkage.campaign.without-qualification");
    assertThat(validate(with(byCommittee.withMethod(FundraisingMethod.DIRECTED))).findings()).isEmpty();
  }

  @Test
  void theQualificationMustBeHeldOnTheCampaignsFirstDay() {
    qt().forAll(integers().between(-3, 3)).checkAssert(days -> {
      LocalDate granted = LocalDate.of(2026, 1, 10).plusDays(days);
      var qualification = new ImmutablePublicFundraisingQualification.Builder().grantedOn(granted).build();
      var holder = ImmutableSocialOrganisation.copyOf(charity()).withPublicFundraising(qualification)
          .withCharityRecognisedOn(LocalDate.of(2020, 1, 1));
      assertThat(codes(validate(with(holder))).contains("linkage.campaign.without-qualification"))
          .as("granted %s", granted).isEqualTo(days > 0);
    });
    var revoked = new ImmutablePublicFundraisingQualification.Builder().appliedOn(LocalDate.of(2019, 6, 1))
        .grantedOn(LocalDate.of(2019, 7, 1)).revokedOn(LocalDate.of(2026, 1, 10)).build();
    assertThat(only(ImmutableSocialOrganisation.copyOf(charity()).withPublicFundraising(revoked)).code().value())
        .isEqualTo("linkage.campaign.without-qualification");
  }

  @Test
  void aPublicPlanHasEveryItemOfArticleTwentyFour() {
    var plan = ImmutableFundraisingPlan.copyOf(LinkageFixtures.fullPlan()).withCosts(Optional.empty())
        .withSurplusDisposal(" ");
    Finding finding = only(ImmutableFundraisingCampaign.copyOf(campaign()).withPlan(plan));
    assertThat(finding.code().value()).isEqualTo("linkage.campaign.plan-incomplete");
    assertThat(finding.message(ZH)).isEqualTo("公开募捐活动C-1的募捐方案缺少慈善法要求的2项内容：募捐成本、剩余财产的处理");
    assertThat(finding.location().pointer().toString()).isEqualTo("/plan");
    Finding one = only(ImmutableFundraisingCampaign.copyOf(campaign())
        .withPlan(ImmutableFundraisingPlan.copyOf(LinkageFixtures.fullPlan()).withBankAccount(Optional.empty())));
    assertThat(one.location().pointer().toString()).isEqualTo("/plan/bankAccount");
    var directed = ImmutableFundraisingCampaign.copyOf(campaign()).withMethod(FundraisingMethod.DIRECTED).withPlan(plan);
    assertThat(validate(with(directed)).findings()).isEmpty();
  }

  private static FundraisingCampaign running(LocalDate start, LocalDate end, LocalDate... disclosures) {
    FundraisingCampaign c = campaign();
    return FundraisingCampaign.builder().id(c.id()).name(c.name()).organiser(c.organiser()).method(c.method())
        .plan(c.plan()).start(start).end(end).addDisclosures(disclosures).build();
  }

  @Test
  void campaignsOfMoreThanSixMonthsDiscloseAtLeastEveryThreeMonths() {
    LocalDate start = LocalDate.of(2025, 1, 1);
    // exactly six months (to 30 June) is not "more than six months": no periodic disclosure is required
    assertThat(validate(with(running(start, LocalDate.of(2025, 6, 30), LocalDate.of(2025, 8, 1)))).findings())
        .isEmpty();
    // one day more is, and it went from 1 January to 1 July without a disclosure
    List<Finding> findings = validate(with(running(start, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1))))
        .findings();
    assertThat(findings).extracting(f -> f.code().value()).containsOnly("linkage.campaign.disclosure-interval");
    assertThat(findings).extracting(f -> f.attribute("due").orElseThrow()).containsExactly("2025-04-01");
    assertThat(findings.get(0).message(ZH)).isEqualTo(
        "公开募捐活动C-1周期超过六个月，2025年1月1日公开后至2025年4月1日未再次公开（下次公开：—）");

    qt().forAll(integers().between(-3, 3)).checkAssert(days -> {
      LocalDate first = LocalDate.of(2025, 4, 1).plusDays(days);
      FundraisingCampaign c = running(start, LocalDate.of(2025, 10, 15), first, first.plusMonths(3),
          first.plusMonths(6), LocalDate.of(2025, 10, 20));
      assertThat(codes(validate(with(c))).contains("linkage.campaign.disclosure-interval"))
          .as("first disclosure %s", first).isEqualTo(days > 0);
    });
  }

  @Test
  void aGapIsNotLateBeforeItsDueDate() {
    FundraisingCampaign ongoing = running(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31),
        LocalDate.of(2026, 8, 26));
    // today is 2026-11-26: the next disclosure is due on that day, so nothing is late yet
    assertThat(validate(with(ongoing)).findings()).isEmpty();
    FundraisingCampaign oneDayEarlier = running(LocalDate.of(2026, 6, 1), LocalDate.of(2027, 5, 31),
        LocalDate.of(2026, 8, 25));
    assertThat(only(oneDayEarlier).attribute("due")).contains("2026-11-25");
  }

  @Test
  void theFullDisclosureIsDueWithinThreeMonthsAfterTheEnd() {
    qt().forAll(integers().between(-3, 3)).checkAssert(days -> {
      LocalDate disclosed = LocalDate.of(2026, 6, 30).plusDays(days);
      FundraisingCampaign c = running(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31),
          LocalDate.of(2026, 2, 20), disclosed);
      assertThat(codes(validate(with(c))).contains("linkage.campaign.final-disclosure-late"))
          .as("disclosed %s", disclosed).isEqualTo(days > 0);
    });
    Finding missing = only(running(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31), LocalDate.of(2026, 2, 20)));
    assertThat(missing.code().value()).isEqualTo("linkage.campaign.final-disclosure-late");
    assertThat(missing.message(EN)).isEqualTo(
        "Public campaign C-1 ended on 2026-03-31; its full disclosure was due by 2026-06-30 (made: —)");
    FundraisingCampaign notYetDue = running(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31),
        LocalDate.of(2026, 10, 1));
    assertThat(validate(with(notYetDue)).findings()).isEmpty();
  }

  @Test
  void aFundNeverPaysOutMoreThanItHasReceived() {
    qt().forAll(integers().between(1, 400)).checkAssert(yuan -> {
      CommunityFund f = ImmutableCommunityFund.copyOf(fund()).withOpeningBalance(new BigDecimal("100.00"))
          .withReceipts(Donation.of(LocalDate.of(2026, 2, 1), new BigDecimal("200.00"), "某公司"))
          .withDisbursements(Disbursement.toProject(LocalDate.of(2026, 4, 1), new BigDecimal(yuan), "P-1", "项目"));
      var project = LinkageFixtures.project();
      var adjusted = io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject.copyOf(project)
          .withFundings(io.github.jiceng.governance.core.linkage.project.ProjectFunding.of(LinkageFixtures.FUND,
              new BigDecimal(yuan), LocalDate.of(2026, 4, 1)));
      List<Object> data = with(f, adjusted);
      assertThat(codes(validate(data)).contains("linkage.fund.overspent")).as("%d yuan", yuan).isEqualTo(yuan > 300);
    });
  }

  @Test
  void overspendingIsJudgedDayByDayWithReceiptsFirst() {
    CommunityFund early = ImmutableCommunityFund.copyOf(fund())
        .withDisbursements(Disbursement.toProject(LocalDate.of(2026, 1, 31), new BigDecimal("20000.00"), "P-1", "项目"));
    Finding finding = only(early);
    assertThat(finding.code().value()).isEqualTo("linkage.fund.overspent");
    assertThat(finding.message(ZH)).isEqualTo("截至2026年1月31日，社区基金F-DX收入0元，支出20000.00元，超支20000.00元");
    CommunityFund sameDay = ImmutableCommunityFund.copyOf(fund())
        .withDisbursements(Disbursement.toProject(LocalDate.of(2026, 2, 1), new BigDecimal("20000.00"), "P-1", "项目"));
    assertThat(validate(with(sameDay)).findings()).isEmpty();
  }

  private static ImmutableFoundationAccounts accounts(int charitable, int management, int total, int income) {
    return FoundationAccounts.builder().organisationId("ORG-FD").year(2025).publicFundraisingQualified(true)
        .charitableSpending(BigDecimal.valueOf(charitable)).managementCosts(BigDecimal.valueOf(management))
        .totalSpending(BigDecimal.valueOf(total)).previousYearIncome(BigDecimal.valueOf(income)).build();
  }

  private static ImmutableFoundationAccounts spending(int charitable, int income) {
    return accounts(charitable, 1, charitable + 10, income);
  }

  @Test
  void qualifiedFoundationsSpendAtLeastSeventyPercentOfLastYearsIncome() {
    qt().forAll(integers().between(0, 2000), integers().between(1, 2000)).checkAssert((charitable, income) -> {
      boolean meets = 100L * charitable >= 70L * income;
      assertThat(codes(validate(with(spending(charitable, income)))).contains("linkage.foundation.spending-ratio"))
          .as("%d of %d", charitable, income).isEqualTo(!meets);
    });
    Finding finding = only(spending(699, 1000));
    assertThat(finding.message(EN)).isEqualTo("Foundation ORG-FD spent 699 yuan on charitable activities in 2025, less"
        + " than 70% of the previous year's income 1000 yuan (three-year average: —)");
    // 70% of 998.57 is 698.999: the three-year average saves it; 70% of 998.58 is 699.006: it does not
    assertThat(validate(with(spending(699, 1000).withThreeYearAverageIncome(new BigDecimal("998.57")))).findings())
        .isEmpty();
    assertThat(only(spending(699, 1000).withThreeYearAverageIncome(new BigDecimal("998.58"))).attribute("average"))
        .contains("998.58");
    assertThat(validate(with(spending(699, 1000).withPublicFundraisingQualified(false))).findings()).isEmpty();
  }

  @Test
  void theThreeYearAlternativeStartsWithTheCharityLaw() {
    ImmutableFoundationAccounts before = spending(699, 1000).withYear(2015).withThreeYearAverageIncome(new BigDecimal("500"));
    assertThat(only(before).code().value()).isEqualTo("linkage.foundation.spending-ratio");
    assertThat(validate(with(before.withYear(2016))).findings()).isEmpty();
  }

  @Test
  void managementCostsAreAtMostTenPercentOfTotalSpending() {
    qt().forAll(integers().between(0, 300), integers().between(1000, 2000)).checkAssert((costs, total) -> {
      FoundationAccounts a = accounts(total - costs, costs, total, 1);
      assertThat(codes(validate(with(a))).contains("linkage.foundation.management-cost-ratio"))
          .as("%d of %d", costs, total).isEqualTo(10L * total < 100L * costs);
    });
  }

  @Test
  void foundationsWithoutTheQualificationGetAWarningBelowTheirParameterFloor() {
    ImmutableFoundationAccounts a = ImmutableFoundationAccounts.copyOf(LinkageFixtures.accounts()).withPublicFundraisingQualified(false)
        .withCharitableSpending(new BigDecimal("79999.99")).withPreviousYearNetAssets(new BigDecimal("1000000"));
    Finding finding = only(a);
    assertThat(finding.code().value()).isEqualTo("linkage.foundation.non-public-spending-ratio");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(validate(with(a.withCharitableSpending(new BigDecimal("80000.00")))).findings()).isEmpty();
  }
}

package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.Donation;
import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.FundraisingMethod;
import io.github.jiceng.governance.core.linkage.charity.FundraisingPlan;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.ImmutablePublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Seeded generators of synthetic five-society linkage datasets (五社联动数据): consistent ones, with no finding under the
 * national or Chongqing rule packs, and ones with exactly one deliberate {@link LinkageDefect}. Names are illustrative;
 * codes follow the ranges of the statistical division code; all dates are between 2005 and 2025, so a dataset is
 * judged the same way on any day from 2026 on.
 *
 * <p>A dataset of {@code n} projects has one charity (慈善会) with the public-fundraising qualification that holds every
 * community fund, one foundation's annual accounts, and for each project a village with its villagers' committee, a
 * community social organisation (registered for odd-numbered projects, filed for even ones), a certified social
 * worker, two volunteers with one or two service records each, a full-time engagement, a community fund, a
 * nine-month public campaign with its disclosures, and the project itself, linking all five actors.
 *
 * <pre>{@code
 * LinkageDataset data = LinkageGenerators.datasets(DivisionCode.parse("500154"), 3).sample(42L, 1).get(0);
 * data.records();   // about 60 records, ready for Validator and RecordLookup.ofRecords
 * DefectiveLinkage broken = LinkageGenerators
 *     .defective(DivisionCode.parse("500154"), 3, LinkageDefect.STAGE_ORDER).sample(7L, 1).get(0);
 * }</pre>
 */
public final class LinkageGenerators {
  /** The id of the charity that holds the community funds. */
  static final String CHARITY_ID = "ORG-CH";
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐";
  private static final String GIVEN = "芳明红强静伟敏丽军洋勇艳杰娟涛超秀霞平刚桂英华";
  private static final LocalDate PROJECT_START = LocalDate.of(2025, 1, 6);
  private static final LocalDate CAMPAIGN_START = LocalDate.of(2024, 1, 1);
  private static final LocalDate TERM_START = LocalDate.of(2021, 12, 1);

  private LinkageGenerators() {
  }

  /**
   * Returns a generator of consistent datasets.
   *
   * @param district the county-level division of the dataset, such as {@code 500154}; not null
   * @param projects the number of projects, at least 1
   * @return the generator
   * @throws IllegalArgumentException if the district is not county-level or {@code projects} is less than 1
   * @throws NullPointerException if {@code district} is null
   */
  public static Generator<LinkageDataset> datasets(DivisionCode district, int projects) {
    requireShape(district, projects, 1);
    return random -> generate(district, projects, random).build();
  }

  /**
   * Returns a generator of datasets with exactly one defect of a kind.
   *
   * @param district the county-level division, not null
   * @param projects the number of projects, at least 2 (so that there are registered and filed organisations)
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the district is not county-level or {@code projects} is less than 2
   * @throws NullPointerException if an argument is null
   */
  public static Generator<DefectiveLinkage> defective(DivisionCode district, int projects, LinkageDefect defect) {
    requireShape(district, projects, 2);
    Objects.requireNonNull(defect, "defect");
    return random -> LinkageDefects.plant(generate(district, projects, random), defect, random);
  }

  /**
   * Returns a generator of datasets with exactly one defect of any kind.
   *
   * @param district the county-level division, not null
   * @param projects the number of projects, at least 2
   * @return the generator
   * @throws IllegalArgumentException if the district is not county-level or {@code projects} is less than 2
   * @throws NullPointerException if {@code district} is null
   */
  public static Generator<DefectiveLinkage> defective(DivisionCode district, int projects) {
    requireShape(district, projects, 2);
    LinkageDefect[] defects = LinkageDefect.values();
    return random -> LinkageDefects.plant(generate(district, projects, random),
        defects[random.nextInt(defects.length)], random);
  }

  private static void requireShape(DivisionCode district, int projects, int minimum) {
    Objects.requireNonNull(district, "district");
    if (district.level() != DivisionLevel.COUNTY) {
      throw new IllegalArgumentException("expected a county-level district code such as 500154, got " + district);
    }
    if (projects < minimum || projects > 19_000) {
      throw new IllegalArgumentException("expected " + minimum + " to 19000 projects, got " + projects);
    }
  }

  private static LinkageDataset.Builder generate(DivisionCode district, int projects, SplittableRandom random) {
    LinkageDataset.Builder data = new LinkageDataset.Builder();
    PlaceNames names = new PlaceNames(random);
    data.organisations.add(charity(district, names, random));
    data.accounts.add(foundationAccounts(random));
    for (int i = 1; i <= projects; i++) {
      project(data, district, i, names, random);
    }
    return data;
  }

  private static SocialOrganisation charity(DivisionCode district, PlaceNames names, SplittableRandom random) {
    LocalDate recognised = LocalDate.of(2017, 3, 1).plusDays(random.nextInt(300));
    LocalDate applied = recognised.plusYears(2).plusDays(10 + random.nextInt(200));
    return SocialOrganisation.builder()
        .id(CHARITY_ID).name(names.next("慈善会")).kind(SocialOrganisationKind.SOCIAL_GROUP)
        .legalStatus(LegalStatus.LEGAL_PERSON).creditCode(creditCode("51", district, random))
        .registeredOn(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(1000)))
        .registeringAuthority("区民政局").registeringDivision(district)
        .charityRecognisedOn(recognised)
        .publicFundraising(new ImmutablePublicFundraisingQualification.Builder()
            .appliedOn(applied).grantedOn(applied.plusDays(15)).build())
        .build();
  }

  private static FoundationAccounts foundationAccounts(SplittableRandom random) {
    BigDecimal income = BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000));
    BigDecimal charitable = income.multiply(BigDecimal.valueOf(75 + random.nextInt(21))).divide(BigDecimal.valueOf(100));
    BigDecimal management = charitable.multiply(BigDecimal.valueOf(2 + random.nextInt(8)))
        .divide(BigDecimal.valueOf(100));
    return FoundationAccounts.builder()
        .organisationId("ORG-FD").year(2020 + random.nextInt(6)).publicFundraisingQualified(true)
        .charitableSpending(charitable).managementCosts(management).totalSpending(charitable.add(management))
        .previousYearIncome(income).build();
  }

  /** Returns a valid credit code with a prefix, the district's GB/T 2260 part and a random all-digit body. */
  static UnifiedSocialCreditCode creditCode(String prefix, DivisionCode district, SplittableRandom random) {
    StringBuilder body = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      body.append((char) ('0' + random.nextInt(10)));
    }
    return UnifiedSocialCreditCode.parse(
        IdentifierGenerators.complete(prefix + district.gbCode() + body));
  }

  private static String person(SplittableRandom random) {
    return Character.toString(SURNAMES.codePointAt(random.nextInt(SURNAMES.length())))
        + Character.toString(GIVEN.codePointAt(random.nextInt(GIVEN.length())));
  }

  private static void project(LinkageDataset.Builder data, DivisionCode district, int i, PlaceNames names,
      SplittableRandom random) {
    DivisionCode village = DivisionCode.parse(district.gbCode() + String.format("%03d", 101 + (i - 1) / 199)
        + String.format("%03d", 201 + (i - 1) % 199));
    String villageName = names.next("村");
    String project = "P-" + i;

    CommunityCommittee committee = committee(village, villageName, random);
    ActorRef committeeRef = ActorRef.of(ActorType.COMMUNITY_COMMITTEE, committee.id());
    SocialOrganisation organisation = organisation(district, i, villageName, random);
    ActorRef organisationRef = ActorRef.of(ActorType.SOCIAL_ORGANISATION, organisation.id());
    QualificationLevel level = QualificationLevel.values()[random.nextInt(QualificationLevel.values().length)];
    SocialWorker worker = SocialWorker.builder()
        .id("SW-" + i).name(person(random))
        .addQualifications(Qualification.of(level, "ZS-" + i, level.firstAwardYear()
            + random.nextInt(2025 - level.firstAwardYear())))
        .employer(organisation.kind().isRegistered() ? organisationRef : committeeRef)
        .postType(organisation.kind().isRegistered() ? PostType.ORGANISATION_STAFF : PostType.COMMUNITY_WORKER)
        .build();
    ActorRef workerRef = ActorRef.of(ActorType.SOCIAL_WORKER, worker.id());

    LocalDate need = PROJECT_START.plusDays(random.nextInt(120));
    LocalDate design = need.plusDays(7 + random.nextInt(14));
    LocalDate implementation = design.plusDays(7 + random.nextInt(14));
    LocalDate funding = implementation.plusDays(random.nextInt(6));
    LocalDate volunteering = funding.plusDays(7 + random.nextInt(14));
    LocalDate evaluation = volunteering.plusDays(60 + random.nextInt(30));

    List<Volunteer> volunteers = new ArrayList<>();
    List<ServiceRecord> records = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      Volunteer volunteer = volunteer(district, i, k, random);
      volunteers.add(volunteer);
      LocalDate day = volunteering.plusDays(random.nextInt(40));
      int count = 1 + random.nextInt(2);
      for (int r = 1; r <= count; r++) {
        records.add(serviceRecord("SR-" + i + "-" + k + "-" + r, volunteer.volunteerNumber(), organisationRef,
            project, day, random));
        day = day.plusDays(1 + random.nextInt(10));
      }
    }
    ActorRef volunteerRef = ActorRef.of(ActorType.VOLUNTEER, volunteers.get(0).volunteerNumber());

    BigDecimal amount = BigDecimal.valueOf(5000 + random.nextInt(45_000)).setScale(2);
    LocalDate established = need.minusDays(60 + random.nextInt(60));
    CommunityFund fund = CommunityFund.builder()
        .id("F-" + i).name(villageName + "社区慈善基金").holder(ActorRef.of(ActorType.SOCIAL_ORGANISATION, CHARITY_ID))
        .addVillageCodes(village).establishedOn(established)
        .addReceipts(Donation.of(established.plusDays(1 + random.nextInt(9)),
            amount.add(BigDecimal.valueOf(random.nextInt(10_000))), names.next("公司")))
        .addDisbursements(Disbursement.toProject(funding, amount, project, "项目资助"))
        .build();
    ActorRef fundRef = ActorRef.of(ActorType.COMMUNITY_FUND, fund.id());

    data.committees.add(committee);
    data.organisations.add(organisation);
    data.workers.add(worker);
    data.volunteers.addAll(volunteers);
    data.serviceRecords.addAll(records);
    data.engagements.add(engagement(i, volunteers.get(0), organisationRef, volunteering, random));
    data.funds.add(fund);
    data.campaigns.add(campaign(i, villageName, fundRef, random));
    BigDecimal hours = records.stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    data.projects.add(LinkageProject.builder()
        .id(project).name(villageName + BeneficiaryGroup.values()[i % 4].displayName(Locale.CHINA) + "关爱项目")
        .addVillageCodes(village).claimsFiveSocietyLinkage(true)
        .addStages(ProjectStage.builder().kind(StageKind.NEED_DISCOVERY).actor(committeeRef).start(need)
            .addEvidence("需求调研报告 " + need).build())
        .addStages(ProjectStage.builder().kind(StageKind.DESIGN).actor(workerRef).start(design)
            .addEvidence("项目设计书").build())
        .addStages(ProjectStage.of(StageKind.IMPLEMENTATION, organisationRef, implementation))
        .addStages(ProjectStage.of(StageKind.FUNDING, fundRef, funding))
        .addStages(ProjectStage.of(StageKind.VOLUNTEER_PARTICIPATION, volunteerRef, volunteering))
        .addStages(ProjectStage.of(StageKind.EVALUATION, committeeRef, evaluation))
        .budget(amount.add(BigDecimal.valueOf(random.nextInt(5000))))
        .addFundings(ProjectFunding.of(fundRef, amount, funding))
        .addAllServiceRecordIds(records.stream().map(ServiceRecord::id).collect(Collectors.toList()))
        .claimedVolunteerHours(hours)
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.values()[i % 4], 10 + random.nextInt(70)))
        .build());
  }

  private static CommunityCommittee committee(DivisionCode village, String villageName, SplittableRandom random) {
    CommitteeRole[] roles = {CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER,
        CommitteeRole.MEMBER};
    var builder = CommunityCommittee.builder()
        .id(village.value() + "-VC").kind(CommitteeKind.VILLAGERS_COMMITTEE).name(villageName + "村民委员会")
        .villageCode(village).termStart(TERM_START).termEnd(TERM_START.plusYears(5));
    for (int m = 0; m < roles.length; m++) {
      Sex sex = m == 0 || random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
      builder.addMembers(CommitteeMember.of(person(random), roles[m], sex));
    }
    return builder.build();
  }

  private static SocialOrganisation organisation(DivisionCode district, int i, String villageName,
      SplittableRandom random) {
    LocalDate registered = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(2000));
    if (i % 2 == 1) {
      return SocialOrganisation.builder()
          .id("ORG-P" + i).name(villageName + "社会工作服务中心").kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION)
          .legalStatus(LegalStatus.LEGAL_PERSON).creditCode(creditCode("52", district, random))
          .registeredOn(registered).registeringAuthority("区民政局").registeringDivision(district)
          .communityBased(true).build();
    }
    return SocialOrganisation.builder()
        .id("ORG-P" + i).name(villageName + "文体协会").kind(SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION)
        .legalStatus(LegalStatus.FILED).registeredOn(registered).registeringAuthority("镇人民政府").build();
  }

  private static Volunteer volunteer(DivisionCode district, int i, int k, SplittableRandom random) {
    BigDecimal total = BigDecimal.valueOf(random.nextInt(20_000), 1);
    var builder = Volunteer.builder()
        .volunteerNumber("V" + district.gbCode() + "-" + i + "-" + k).name(person(random))
        .dateOfBirth(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(18_000)))
        .registeredOn(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1800)))
        .totalHours(total);
    StarLevel.forHours(total).ifPresent(builder::starLevel);
    return builder.build();
  }

  private static ServiceRecord serviceRecord(String id, String volunteer, ActorRef organiser, String project,
      LocalDate day, SplittableRandom random) {
    LocalDateTime start = day.atTime(8 + random.nextInt(7), random.nextInt(4) * 15);
    int span = 60 + random.nextInt(181);
    int breaks = random.nextInt(Math.min(30, span - 30) + 1);
    return ServiceRecord.builder()
        .id(id).volunteerNumber(volunteer).activityName("关爱探访").organiser(organiser).projectId(project)
        .start(start).end(start.plusMinutes(span)).breakMinutes(breaks)
        .hours(BigDecimal.valueOf(span - breaks).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP))
        .place("村委会活动室").recipients("服务对象").content("探访与陪伴").evaluation("良好")
        .activityLeader(person(random)).recorder(person(random))
        .build();
  }

  private static VolunteerEngagement engagement(int i, Volunteer volunteer, ActorRef organiser, LocalDate start,
      SplittableRandom random) {
    boolean agreed = random.nextBoolean();
    var builder = VolunteerEngagement.builder()
        .id("E-" + i).volunteerNumber(volunteer.volunteerNumber()).organiser(organiser).startDate(start)
        .fullTime(true).endDate(start.plusMonths(agreed ? 6 : 1));
    if (agreed) {
      builder.writtenAgreementOn(start.minusDays(3));
    }
    return builder.build();
  }

  private static FundraisingCampaign campaign(int i, String villageName, ActorRef fund, SplittableRandom random) {
    LocalDate start = CAMPAIGN_START.plusDays(random.nextInt(200));
    LocalDate end = start.plusMonths(9).minusDays(1);
    return FundraisingCampaign.builder()
        .id("C-" + i).name(villageName + "关爱募捐").organiser(fund).method(FundraisingMethod.PUBLIC)
        .start(start).end(end)
        .plan(FundraisingPlan.builder().purpose("资助社区关爱项目").area("本区").personInCharge(person(random)).receivingMethods("银行转账").bankAccount("慈善会募捐专户").beneficiaries("社区困难群众")
            .use("社区项目").costs("不超过募集额的1%").surplusDisposal("用于同类项目").build())
        .addDisclosures(start.plusMonths(2), start.plusMonths(4), start.plusMonths(6), start.plusMonths(8),
            end.plusMonths(1))
        .build();
  }
}

package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.id.DivisionCode;
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
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.PublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small, coherent linkage dataset in 满月镇, Kaizhou (illustrative names; codes follow the ranges of the domain
 * notes): every record valid, so that a test changes one record and expects exactly one finding.
 */
final class LinkageFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));
  static final DivisionCode DINGXING = DivisionCode.parse("500154101201");
  static final ActorRef COMMITTEE = ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "500154101201-VC");
  static final ActorRef ZHICHENG = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC");
  static final ActorRef CHARITY = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-CSH");
  static final ActorRef WORKER = ActorRef.of(ActorType.SOCIAL_WORKER, "SW-001");
  static final ActorRef FUND = ActorRef.of(ActorType.COMMUNITY_FUND, "F-DX");
  static final ActorRef VOLUNTEER = ActorRef.of(ActorType.VOLUNTEER, "V500154-0001");

  private LinkageFixtures() {
  }

  /** Builds a valid credit code from a two-character prefix, a division and an 8-character body. */
  static UnifiedSocialCreditCode creditCode(String prefix, String division, String body8) {
    String first16 = prefix + division + body8;
    String first17 = first16 + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(body8);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
  }

  static CommunityCommittee committee() {
    return CommunityCommittee.builder()
        .id(COMMITTEE.id()).kind(CommitteeKind.VILLAGERS_COMMITTEE).name("顶星村村民委员会")
        .villageCode(DINGXING).termStart(LocalDate.of(2021, 12, 1)).termEnd(LocalDate.of(2026, 12, 1))
        .addMembers(CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE))
        .addMembers(CommitteeMember.of("张强", CommitteeRole.VICE_CHAIR, Sex.MALE))
        .addMembers(CommitteeMember.of("刘明", CommitteeRole.MEMBER, Sex.MALE))
        .addMembers(CommitteeMember.of("陈静", CommitteeRole.MEMBER, Sex.FEMALE))
        .addMembers(CommitteeMember.of("赵伟", CommitteeRole.MEMBER, Sex.MALE))
        .build();
  }

  static SocialOrganisation zhicheng() {
    return SocialOrganisation.builder()
        .id(ZHICHENG.id()).name("开州区志成社会工作服务中心")
        .kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION).legalStatus(LegalStatus.LEGAL_PERSON)
        .creditCode(creditCode("52", "500154", "MJ0000A1")).registeredOn(LocalDate.of(2018, 3, 1))
        .registeringAuthority("开州区民政局").communityBased(true)
        .build();
  }

  static SocialOrganisation charity() {
    return SocialOrganisation.builder()
        .id(CHARITY.id()).name("开州区慈善会")
        .kind(SocialOrganisationKind.SOCIAL_GROUP).legalStatus(LegalStatus.LEGAL_PERSON)
        .creditCode(creditCode("51", "500154", "MJ0000C5")).registeredOn(LocalDate.of(2010, 5, 1))
        .charityRecognisedOn(LocalDate.of(2017, 3, 1))
        .publicFundraising(new io.github.jiceng.governance.core.linkage.organisation
            .ImmutablePublicFundraisingQualification.Builder()
            .appliedOn(LocalDate.of(2019, 6, 1)).grantedOn(LocalDate.of(2019, 7, 1)).build())
        .build();
  }

  static SocialOrganisation filedGroup() {
    return SocialOrganisation.builder()
        .id("ORG-HY").name("皓月社区文体协会")
        .kind(SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION).legalStatus(LegalStatus.FILED)
        .registeredOn(LocalDate.of(2022, 4, 1)).registeringAuthority("满月镇人民政府")
        .build();
  }

  static SocialWorker worker() {
    return SocialWorker.builder()
        .id(WORKER.id()).name("王芳")
        .addQualifications(Qualification.of(QualificationLevel.SOCIAL_WORKER, "2021-ZJ-0017", 2021))
        .employer(ZHICHENG).postType(PostType.ORGANISATION_STAFF)
        .build();
  }

  static Volunteer volunteer() {
    return Volunteer.builder()
        .volunteerNumber(VOLUNTEER.id()).name("陈明").dateOfBirth(LocalDate.of(1956, 4, 2))
        .registeredOn(LocalDate.of(2022, 3, 5)).starLevel(StarLevel.ONE).totalHours(new BigDecimal("120.5"))
        .build();
  }

  static ImmutableServiceRecord.Builder serviceRecordBuilder() {
    return ServiceRecord.builder()
        .volunteerNumber(VOLUNTEER.id()).activityName("留守儿童安全教育").organiser(ZHICHENG)
        .place("顶星村小学").recipients("留守儿童").content("安全知识讲座").evaluation("良好")
        .activityLeader("王芳").recorder("李红");
  }

  static ServiceRecord record1() {
    return serviceRecordBuilder().id("SR-1").projectId("P-1")
        .start(LocalDateTime.of(2026, 5, 9, 9, 0)).end(LocalDateTime.of(2026, 5, 9, 11, 30))
        .hours(new BigDecimal("2.5")).build();
  }

  static ServiceRecord record2() {
    return serviceRecordBuilder().id("SR-2").projectId("P-1")
        .start(LocalDateTime.of(2026, 5, 16, 14, 0)).end(LocalDateTime.of(2026, 5, 16, 17, 40))
        .breakMinutes(20).hours(new BigDecimal("3.33")).build();
  }

  static VolunteerEngagement engagement() {
    return VolunteerEngagement.builder()
        .id("E-1").volunteerNumber(VOLUNTEER.id()).organiser(ZHICHENG)
        .startDate(LocalDate.of(2026, 5, 1)).endDate(LocalDate.of(2026, 7, 30)).fullTime(true)
        .build();
  }

  static CommunityFund fund() {
    return CommunityFund.builder()
        .id(FUND.id()).name("顶星村社区慈善基金").holder(CHARITY).addVillageCodes(DINGXING)
        .establishedOn(LocalDate.of(2025, 12, 1))
        .addReceipts(Donation.of(LocalDate.of(2026, 2, 1), new BigDecimal("30000.00"), "开州某公司"))
        .addDisbursements(Disbursement.toProject(LocalDate.of(2026, 4, 1), new BigDecimal("20000.00"), "P-1",
            "留守儿童心理健康与安全教育"))
        .build();
  }

  static FundraisingPlan fullPlan() {
    return FundraisingPlan.builder()
        .purpose("资助顶星村留守儿童项目").area("开州区").personInCharge("李红").receivingMethods("银行转账、网络平台")
        .bankAccount("开州区慈善会 募捐专户").beneficiaries("顶星村留守儿童").use("心理健康与安全教育")
        .costs("不超过募集额的1%").surplusDisposal("用于同类项目")
        .build();
  }

  static FundraisingCampaign campaign() {
    return FundraisingCampaign.builder()
        .id("C-1").name("顶星村留守儿童关爱募捐").organiser(FUND).method(FundraisingMethod.PUBLIC)
        .start(LocalDate.of(2026, 1, 10)).end(LocalDate.of(2026, 3, 31)).plan(fullPlan())
        .addDisclosures(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 5, 15))
        .build();
  }

  static FoundationAccounts accounts() {
    return FoundationAccounts.builder()
        .organisationId("ORG-FD").year(2025).publicFundraisingQualified(true)
        .charitableSpending(new BigDecimal("800000")).totalSpending(new BigDecimal("900000"))
        .managementCosts(new BigDecimal("60000")).previousYearIncome(new BigDecimal("1000000"))
        .build();
  }

  static LinkageProject project() {
    return LinkageProject.builder()
        .id("P-1").name("顶星村留守儿童心理健康与安全教育").addVillageCodes(DINGXING).claimsFiveSocietyLinkage(true)
        .addStages(ProjectStage.builder().kind(StageKind.NEED_DISCOVERY).actor(COMMITTEE)
            .start(LocalDate.of(2026, 3, 2)).addEvidence("需求调研报告（2026-03）").build())
        .addStages(ProjectStage.of(StageKind.DESIGN, WORKER, LocalDate.of(2026, 3, 10)))
        .addStages(ProjectStage.of(StageKind.IMPLEMENTATION, ZHICHENG, LocalDate.of(2026, 4, 1)))
        .addStages(ProjectStage.of(StageKind.FUNDING, FUND, LocalDate.of(2026, 4, 1)))
        .addStages(ProjectStage.of(StageKind.VOLUNTEER_PARTICIPATION, VOLUNTEER, LocalDate.of(2026, 5, 9)))
        .addStages(ProjectStage.of(StageKind.EVALUATION, COMMITTEE, LocalDate.of(2026, 7, 1)))
        .budget(new BigDecimal("25000.00"))
        .addFundings(ProjectFunding.of(FUND, new BigDecimal("20000.00"), LocalDate.of(2026, 4, 1)))
        .addServiceRecordIds("SR-1", "SR-2").claimedVolunteerHours(new BigDecimal("5.83"))
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.LEFT_BEHIND_CHILDREN, 35))
        .build();
  }

  /** The whole dataset, including the volunteer logs built from the records. */
  static List<Object> dataset() {
    List<Object> records = new ArrayList<>(List.of(committee(), zhicheng(), charity(), filedGroup(), worker(),
        volunteer(), record1(), record2(), engagement(), fund(), campaign(), accounts(), project()));
    records.addAll(VolunteerServiceLog.byVolunteer(List.of(record1(), record2())));
    return records;
  }

  /** Returns the dataset with records replaced by those of the same subject (or added). */
  static List<Object> with(Object... replacements) {
    List<Object> records = new ArrayList<>(dataset());
    for (Object replacement : replacements) {
      Subject subject = subjectOf(replacement);
      records.removeIf(r -> subjectOf(r).equals(subject));
      records.add(replacement);
    }
    return records;
  }

  static Subject subjectOf(Object record) {
    return RecordTypes.standard().typeOf(record).orElseThrow().subjectOf(record);
  }

  static Validator validator(RulePack pack, List<Object> records) {
    return Validator.builder(pack).lookup(RecordLookup.ofRecords(records)).clock(CLOCK)
        .rethrowRuleFailures(true).build();
  }

  static ValidationReport validate(RulePack pack, List<Object> records) {
    return validator(pack, records).validate(records);
  }

  static ValidationReport validate(List<Object> records) {
    return validate(StandardPacks.chongqing(), records);
  }

  static Set<String> codes(ValidationReport report) {
    return report.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet());
  }

  /** Validates the dataset with the replacements and returns its only finding, failing if there is not one. */
  static Finding only(Object... replacements) {
    List<Finding> findings = validate(with(replacements)).findings();
    if (findings.size() != 1) {
      throw new AssertionError("expected exactly one finding, got " + findings.size() + ": " + findings);
    }
    return findings.get(0);
  }
}

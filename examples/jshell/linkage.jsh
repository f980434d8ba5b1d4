// Jiceng governance SDK: a five-society linkage project (五社联动项目) built in JShell and validated.
// Start from the repository root:
//   ./mvnw -q -pl governance-rules,governance-testkit -am package -DskipTests
//   ./mvnw -q -pl governance-rules dependency:build-classpath -Dmdep.outputFile=/tmp/cp-linkage.txt
//   jshell --class-path governance-core/target/governance-core-0.1.0-SNAPSHOT.jar:governance-rules/target/governance-rules-0.1.0-SNAPSHOT.jar:governance-testkit/target/governance-testkit-0.1.0-SNAPSHOT.jar:$(cat /tmp/cp-linkage.txt) examples/jshell/linkage.jsh
// JShell ends a statement at a line break when it can, so chained calls break after the dot.
// The names are illustrative; the setting is 满月镇, Kaizhou District (开州区), Chongqing.
import io.github.jiceng.governance.core.id.*;
import io.github.jiceng.governance.core.linkage.*;
import io.github.jiceng.governance.core.linkage.committee.*;
import io.github.jiceng.governance.core.linkage.organisation.*;
import io.github.jiceng.governance.core.linkage.worker.*;
import io.github.jiceng.governance.core.linkage.volunteer.*;
import io.github.jiceng.governance.core.linkage.charity.*;
import io.github.jiceng.governance.core.linkage.project.*;
import io.github.jiceng.governance.rules.*;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.*;
import java.util.*;

// A valid credit code of a social service organisation (prefix 52) registered in Kaizhou (500154).
String first17 = "52500154MJ0000A1" + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf("MJ0000A1");
var zhichengCode = UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
// and of a social group (prefix 51), the district charity federation
String charity17 = "51500154MJ0000C5" + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf("MJ0000C5");
var charityCode = UnifiedSocialCreditCode.parse(charity17 + UnifiedSocialCreditCode.checkCharacterOf(charity17));

// The five actors.
var committee = ActorRef.of(ActorType.COMMUNITY_COMMITTEE, "500154101201-VC");
var zhicheng = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC");
var charity = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-CSH");
var worker = ActorRef.of(ActorType.SOCIAL_WORKER, "SW-001");
var fund = ActorRef.of(ActorType.COMMUNITY_FUND, "F-DX");
var volunteer = ActorRef.of(ActorType.VOLUNTEER, "V500154-0001");

var dingxing = CommunityCommittee.builder().id(committee.id()).kind(CommitteeKind.VILLAGERS_COMMITTEE).
    name("顶星村村民委员会").villageCode(DivisionCode.parse("500154101201")).termStart(LocalDate.of(2021, 12, 1)).
    addMembers(CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE)).
    addMembers(CommitteeMember.of("张强", CommitteeRole.VICE_CHAIR, Sex.MALE)).
    addMembers(CommitteeMember.of("刘明", CommitteeRole.MEMBER, Sex.MALE)).
    build();
var zhichengOrg = SocialOrganisation.builder().id(zhicheng.id()).name("开州区志成社会工作服务中心").
    kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION).legalStatus(LegalStatus.LEGAL_PERSON).
    creditCode(zhichengCode).registeredOn(LocalDate.of(2018, 3, 1)).communityBased(true).build();
var charityOrg = SocialOrganisation.builder().id(charity.id()).name("开州区慈善会").
    kind(SocialOrganisationKind.SOCIAL_GROUP).legalStatus(LegalStatus.LEGAL_PERSON).
    creditCode(charityCode).registeredOn(LocalDate.of(2010, 5, 1)).charityRecognisedOn(LocalDate.of(2017, 3, 1)).
    publicFundraising(PublicFundraisingQualification.grantedOn(LocalDate.of(2019, 7, 1))).build();
var wang = SocialWorker.builder().id(worker.id()).name("王芳").
    addQualifications(Qualification.of(QualificationLevel.SOCIAL_WORKER, "2021-ZJ-0017", 2021)).
    employer(zhicheng).postType(PostType.ORGANISATION_STAFF).build();
var chen = Volunteer.builder().volunteerNumber(volunteer.id()).name("陈明").dateOfBirth(LocalDate.of(1956, 4, 2)).
    registeredOn(LocalDate.of(2022, 3, 5)).starLevel(StarLevel.ONE).totalHours(new BigDecimal("120.5")).build();
var talk = ServiceRecord.builder().id("SR-1").volunteerNumber(volunteer.id()).activityName("留守儿童安全教育").
    organiser(zhicheng).projectId("P-1").start(LocalDateTime.of(2026, 5, 9, 9, 0)).
    end(LocalDateTime.of(2026, 5, 9, 11, 30)).hours(new BigDecimal("2.5")).
    place("顶星村小学").recipients("留守儿童").content("心理健康与安全知识讲座").evaluation("良好").
    activityLeader("王芳").recorder("李红").build();
var dingxingFund = CommunityFund.builder().id(fund.id()).name("顶星村社区慈善基金").holder(charity).
    establishedOn(LocalDate.of(2025, 12, 1)).
    addReceipts(Donation.of(LocalDate.of(2026, 2, 1), new BigDecimal("30000.00"), "开州某公司")).
    addDisbursements(Disbursement.toProject(LocalDate.of(2026, 4, 1), new BigDecimal("20000.00"), "P-1", "项目资助")).
    build();

// The project: need discovered by the community -> designed by a social worker -> implemented by a community social
// organisation -> funded by the community fund -> volunteers take part -> evaluation.
var project = LinkageProject.builder().id("P-1").name("顶星村留守儿童心理健康与安全教育").
    addVillageCodes(DivisionCode.parse("500154101201")).claimsFiveSocietyLinkage(true).
    addStages(ProjectStage.builder().kind(StageKind.NEED_DISCOVERY).actor(committee).start(LocalDate.of(2026, 3, 2)).
        addEvidence("需求调研报告").build()).
    addStages(ProjectStage.of(StageKind.DESIGN, worker, LocalDate.of(2026, 3, 10))).
    addStages(ProjectStage.of(StageKind.IMPLEMENTATION, zhicheng, LocalDate.of(2026, 4, 1))).
    addStages(ProjectStage.of(StageKind.FUNDING, fund, LocalDate.of(2026, 4, 1))).
    addStages(ProjectStage.of(StageKind.VOLUNTEER_PARTICIPATION, volunteer, LocalDate.of(2026, 5, 9))).
    addStages(ProjectStage.of(StageKind.EVALUATION, committee, LocalDate.of(2026, 7, 1))).
    addFundings(ProjectFunding.of(fund, new BigDecimal("20000.00"), LocalDate.of(2026, 4, 1))).
    addServiceRecordIds("SR-1").claimedVolunteerHours(new BigDecimal("2.5")).
    addBeneficiaries(Beneficiary.of(BeneficiaryGroup.LEFT_BEHIND_CHILDREN, 35)).
    build();

// Validate every record with Kaizhou's pack (national rules + Chongqing's), letting rules look records up.
void report(List<Object> records) {
  var validator = Validator.builder(StandardPacks.forJurisdiction("500154")).
      lookup(RecordLookup.ofRecords(records)).build();
  var report = validator.validate(records);
  System.out.println(report.recordCount() + " records, " + report.count(Severity.ERROR) + " errors, "
      + report.count(Severity.WARNING) + " warnings");
  for (var f : report.findings()) {
    System.out.println("  " + f.severity() + " " + f.code() + "  " + f.subject() + " " + f.location());
    System.out.println("    " + f.message(Locale.SIMPLIFIED_CHINESE));
    System.out.println("    " + f.message(Locale.ENGLISH));
    f.legalBases().forEach(b -> System.out.println("    basis: " + b.instrument() + b.article().map(a -> " " + a).orElse("")
        + " [" + b.confidence() + "]"));
  }
}

List<Object> records = new ArrayList<>(List.of(dingxing, zhichengOrg, charityOrg, wang, chen, talk, dingxingFund, project));
records.addAll(VolunteerServiceLog.byVolunteer(List.of(talk)));
System.out.println("== the project as built");
report(records);

// The same project, claiming hours it cannot show and money from a volunteer.
var claimed = ImmutableLinkageProject.copyOf(project).withClaimedVolunteerHours(new BigDecimal("6")).
    withFundings(ProjectFunding.of(fund, new BigDecimal("20000.00"), LocalDate.of(2026, 4, 1)),
        ProjectFunding.of(volunteer, new BigDecimal("200.00"), LocalDate.of(2026, 5, 1)));
records.set(records.indexOf(project), claimed);
System.out.println("== the project with two defects");
report(records);

// A synthetic district from the test kit: 40 projects with their actors, and one with a planted defect.
import io.github.jiceng.governance.testkit.*;
var district = DivisionCode.parse("500154");
var data = LinkageGenerators.datasets(district, 40).sample(42L, 1).get(0);
var kaizhou = Validator.builder(StandardPacks.forJurisdiction("500154")).lookup(RecordLookup.ofRecords(data.records())).build();
System.out.println(data + " -> " + kaizhou.validate(data.records()).counts());
var broken = LinkageGenerators.defective(district, 40, LinkageDefect.STAGE_ORDER).sample(42L, 1).get(0);
System.out.println(broken.description());
report(new ArrayList<>(broken.dataset().records()));

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.FacilityKind;
import io.github.jiceng.governance.core.service.FundingSource;
import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.Operator;
import io.github.jiceng.governance.core.service.Premises;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceFacility;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.ServiceKind;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.service.TrainingSession;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A small, coherent three-tier system in Kaizhou (illustrative names; codes follow the domain notes' ranges), with no
 * finding under the Kaizhou pack, the national pack or the example standards pack on {@link #TODAY}: 汉丰街道 and
 * 满月镇, each with a station; 金州社区 and 皓月社区 (urban) and 顶星村 (rural), each with a room; the district centre;
 * six social workers (five certified); the operating organisation and 25 filed community organisations (10 per urban
 * community, 5 in the village: exactly the 2017 targets).
 */
final class ServiceFixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 6, 30);
  static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
      ZoneId.of("Asia/Shanghai"));
  static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  static final DivisionCode HANFENG = DivisionCode.parse("500154001000");
  static final DivisionCode MANYUE = DivisionCode.parse("500154101000");
  static final DivisionCode YIHE = DivisionCode.parse("500154102000");
  static final DivisionCode JINZHOU = DivisionCode.parse("500154001001");
  static final DivisionCode HAOYUE = DivisionCode.parse("500154101001");
  static final DivisionCode DINGXING = DivisionCode.parse("500154101201");
  static final ActorRef ZHICHENG = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC");
  static final ActorRef HANFENG_STATION = ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-001");
  static final ActorRef MANYUE_STATION = ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-101");

  private ServiceFixtures() {
  }

  static UnifiedSocialCreditCode creditCode(String prefix, String division, String body8) {
    String first17 = prefix + division + body8 + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(body8);
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
  }

  static GuidanceCentre centre() {
    return GuidanceCentre.builder().id("GC-500154").name("开州区社会工作指导中心").territoryCode(KAIZHOU)
        .openedOn(LocalDate.of(2021, 9, 1)).operator(Operator.governmentRun()).addStaffIds("SW-C1").build();
  }

  static SocialWorkStation hanfengStation() {
    return SocialWorkStation.builder().id(HANFENG_STATION.id()).name("汉丰街道社会工作服务站").territoryCode(HANFENG)
        .openedOn(LocalDate.of(2021, 6, 1)).operator(Operator.purchasedFrom(ZHICHENG))
        .premises(Premises.builder().address("汉丰街道党群服务中心一楼").equipmentValue(new BigDecimal("50000"))
            .sharedWith("党群服务中心").build())
        .build();
  }

  static SocialWorkStation manyueStation() {
    return SocialWorkStation.builder().id(MANYUE_STATION.id()).name("满月镇社会工作服务站").territoryCode(MANYUE)
        .openedOn(LocalDate.of(2022, 3, 1)).operator(Operator.governmentRun())
        .premises(Premises.builder().address("满月镇便民服务中心二楼").floorArea(new BigDecimal("120"))
            .equipmentValue(new BigDecimal("45000.00")).build())
        .build();
  }

  static SocialWorkRoom room(String id, String name, DivisionCode village) {
    return SocialWorkRoom.builder().id(id).name(name).territoryCode(village).openedOn(LocalDate.of(2022, 3, 1))
        .build();
  }

  static SocialWorker worker(String id, ActorRef employer, boolean certified) {
    var builder = SocialWorker.builder().id(id).name("社工" + id.substring(3)).employer(employer)
        .postType(employer.type() == ActorType.SOCIAL_WORK_STATION ? PostType.STATION_RESIDENT
            : PostType.ORGANISATION_STAFF);
    if (certified) {
      builder.addQualifications(Qualification.of(QualificationLevel.ASSISTANT_SOCIAL_WORKER, "ZS-" + id, 2020));
    }
    return builder.build();
  }

  static SocialOrganisation zhicheng() {
    return SocialOrganisation.builder().id(ZHICHENG.id()).name("开州区志成社会工作服务中心")
        .kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION).legalStatus(LegalStatus.LEGAL_PERSON)
        .creditCode(creditCode("52", "500154", "MJ0000A1")).registeredOn(LocalDate.of(2018, 3, 1))
        .registeringAuthority("开州区民政局").addServiceAreas(KAIZHOU).build();
  }

  static SocialOrganisation filed(String id, DivisionCode community) {
    return SocialOrganisation.builder().id(id).name("社区社会组织" + id)
        .kind(SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION).legalStatus(LegalStatus.FILED)
        .registeredOn(LocalDate.of(2023, 5, 1)).registeringAuthority("街道办事处").addServiceAreas(community).build();
  }

  static List<Object> dataset() {
    List<Object> records = new ArrayList<>();
    records.add(District.of(KAIZHOU, "开州区", DistrictKind.DISTRICT));
    records.add(Township.of(HANFENG, "汉丰街道"));
    records.add(Township.of(MANYUE, "满月镇"));
    records.add(Village.of(JINZHOU, "金州社区"));
    records.add(Village.of(HAOYUE, "皓月社区"));
    records.add(Village.of(DINGXING, "顶星村"));
    records.add(centre());
    records.add(hanfengStation());
    records.add(manyueStation());
    records.add(room("RM-001001", "金州社区社工室", JINZHOU));
    records.add(room("RM-101001", "皓月社区社工室", HAOYUE));
    records.add(room("RM-101201", "顶星村社工室", DINGXING));
    records.add(worker("SW-1", HANFENG_STATION, true));
    records.add(worker("SW-2", HANFENG_STATION, true));
    records.add(worker("SW-3", HANFENG_STATION, false));
    records.add(worker("SW-4", MANYUE_STATION, true));
    records.add(worker("SW-5", MANYUE_STATION, true));
    records.add(worker("SW-C1", ZHICHENG, true));
    records.add(zhicheng());
    for (int i = 1; i <= 10; i++) {
      records.add(filed(String.format("ORG-JZ%02d", i), JINZHOU));
      records.add(filed(String.format("ORG-HY%02d", i), HAOYUE));
    }
    for (int i = 1; i <= 5; i++) {
      records.add(filed(String.format("ORG-DX%02d", i), DINGXING));
    }
    records.add(ServiceDelivery.builder().id("SD-1").unitId("ST-101").date(LocalDate.of(2026, 5, 9))
        .kind(ServiceKind.COMMUNITY_ACTIVITY).activities(1)
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.LEFT_BEHIND_CHILDREN, 35))
        .hours(new BigDecimal("2.5")).description("留守儿童安全教育讲座").build());
    records.add(ServiceFunding.builder().id("F-MY-1").unitId("ST-101").date(LocalDate.of(2022, 3, 1))
        .amount(new BigDecimal("100000.00")).source(FundingSource.PILOT_FUND).purpose("三级服务体系试点配套资金")
        .addBuiltUnitIds("ST-101", "RM-101001", "RM-101201").build());
    records.add(TrainingSession.builder().id("T-1").unitId("ST-101").date(LocalDate.of(2026, 4, 12))
        .topic("社区工作者培训").participants(25).build());
    records.add(ServiceFacility.builder().id("FAC-E-1").name("汉丰街道养老服务中心").kind(FacilityKind.ELDERLY_CARE)
        .territoryCode(HANFENG).build());
    return records;
  }

  static Subject subjectOf(Object record) {
    return RecordTypes.standard().typeOf(record).orElseThrow().subjectOf(record);
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

  /** Returns the dataset without the records of these subjects. */
  static List<Object> without(Subject... subjects) {
    List<Object> records = new ArrayList<>(dataset());
    for (Subject subject : subjects) {
      records.removeIf(r -> subjectOf(r).equals(subject));
    }
    return records;
  }

  static RulePack kaizhou() {
    return StandardPacks.forJurisdiction("500154");
  }

  static RulePack example() {
    return ServiceStandards.example(kaizhou());
  }

  static ValidationReport validate(RulePack pack, List<Object> records) {
    return Validator.builder(pack).lookup(ServiceLookup.of(records)).clock(CLOCK).rethrowRuleFailures(true).build()
        .validate(records);
  }

  static ValidationReport validate(List<Object> records) {
    return validate(kaizhou(), records);
  }

  static Set<String> codes(ValidationReport report) {
    return report.findings().stream().map(f -> f.code().value()).collect(Collectors.toSet());
  }

  /** Validates the dataset with the replacements and returns its only finding, failing if there is not one. */
  static Finding only(RulePack pack, Object... replacements) {
    List<Finding> findings = validate(pack, with(replacements)).findings();
    if (findings.size() != 1) {
      throw new AssertionError("expected exactly one finding, got " + findings.size() + ": " + findings);
    }
    return findings.get(0);
  }

  static Finding only(Object... replacements) {
    return only(kaizhou(), replacements);
  }
}

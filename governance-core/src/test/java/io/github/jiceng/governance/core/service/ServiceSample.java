package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.PostType;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A small three-tier system in Kaizhou (illustrative names and codes): 3 townships (汉丰街道 and 满月镇 with stations,
 * 义和镇 without), 6 village-level units, 1 centre, 2 stations, 4 rooms (one closed on 2025-01-01), 7 workers, 3
 * organisations and some records. The figures the tests expect are counted by hand in the comments.
 */
final class ServiceSample {
  static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  static final DivisionCode HANFENG = DivisionCode.parse("500154001000");
  static final DivisionCode MANYUE = DivisionCode.parse("500154101000");
  static final DivisionCode YIHE = DivisionCode.parse("500154102000");
  static final DivisionCode JINZHOU = DivisionCode.parse("500154001001");
  static final DivisionCode YANGLIU = DivisionCode.parse("500154001002");
  static final DivisionCode HAOYUE = DivisionCode.parse("500154101001");
  static final DivisionCode DINGXING = DivisionCode.parse("500154101201");
  static final DivisionCode SHUANGHE = DivisionCode.parse("500154101202");
  static final DivisionCode YIHE_VILLAGE = DivisionCode.parse("500154102201");
  static final ActorRef ZHICHENG = ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC");

  private ServiceSample() {
  }

  static GuidanceCentre centre() {
    return GuidanceCentre.builder().id("GC-500154").name("开州区社会工作指导中心").territoryCode(KAIZHOU)
        .openedOn(LocalDate.of(2021, 9, 1)).operator(Operator.governmentRun()).addStaffIds("SW-C1").build();
  }

  static SocialWorkStation hanfengStation() {
    return SocialWorkStation.builder().id("ST-001").name("汉丰街道社会工作服务站").territoryCode(HANFENG)
        .openedOn(LocalDate.of(2021, 6, 1)).operator(Operator.purchasedFrom(ZHICHENG)).build();
  }

  static SocialWorkStation manyueStation() {
    return SocialWorkStation.builder().id("ST-101").name("满月镇社会工作服务站").territoryCode(MANYUE)
        .openedOn(LocalDate.of(2022, 3, 1)).operator(Operator.governmentRun())
        .premises(Premises.builder().address("满月镇便民服务中心二楼").equipmentValue(new BigDecimal("45000.00")).build())
        .build();
  }

  static SocialWorkRoom room(String id, String name, DivisionCode village, LocalDate opened) {
    return SocialWorkRoom.builder().id(id).name(name).territoryCode(village).openedOn(opened).build();
  }

  static SocialWorker worker(String id, ActorRef employer, boolean certified) {
    var builder = SocialWorker.builder().id(id).name("社工" + id).employer(employer)
        .postType(PostType.STATION_RESIDENT);
    if (certified) {
      builder.addQualifications(Qualification.of(QualificationLevel.ASSISTANT_SOCIAL_WORKER, "ZS-" + id, 2020));
    }
    return builder.build();
  }

  static SocialOrganisation organisation(String id, boolean communityBased, DivisionCode area, LocalDate registered) {
    return SocialOrganisation.builder().id(id).name("组织" + id)
        .kind(communityBased ? SocialOrganisationKind.FILED_COMMUNITY_ORGANISATION
            : SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION)
        .legalStatus(communityBased ? LegalStatus.FILED : LegalStatus.LEGAL_PERSON)
        .addServiceAreas(area).registeredOn(registered).build();
  }

  static List<Object> records() {
    List<Object> records = new ArrayList<>();
    records.add(District.of(KAIZHOU, "开州区", DistrictKind.DISTRICT));
    records.add(Township.of(HANFENG, "汉丰街道"));
    records.add(Township.of(MANYUE, "满月镇"));
    records.add(Township.of(YIHE, "义和镇"));
    records.add(Village.of(JINZHOU, "金州社区"));
    records.add(Village.of(YANGLIU, "杨柳社区"));
    records.add(Village.of(HAOYUE, "皓月社区"));
    records.add(Village.of(DINGXING, "顶星村"));
    records.add(Village.of(SHUANGHE, "双河村"));
    records.add(Village.of(YIHE_VILLAGE, "义和村"));
    records.add(centre());
    records.add(hanfengStation());
    records.add(manyueStation());
    records.add(room("RM-001001", "金州社区社工室", JINZHOU, LocalDate.of(2022, 1, 1)));
    records.add(room("RM-101001", "皓月社区社工室", HAOYUE, LocalDate.of(2022, 3, 1)));
    records.add(SocialWorkRoom.builder().id("RM-101201").name("顶星村社工室").territoryCode(DINGXING)
        .openedOn(LocalDate.of(2022, 3, 1)).addStaffIds("SW-4").build());
    records.add(SocialWorkRoom.builder().id("RM-101202").name("双河村社工室").territoryCode(SHUANGHE)
        .openedOn(LocalDate.of(2022, 3, 1)).closedOn(LocalDate.of(2025, 1, 1)).build());
    ActorRef hanfeng = hanfengStation().actorRef();
    ActorRef manyue = manyueStation().actorRef();
    records.add(worker("SW-1", hanfeng, true));
    records.add(worker("SW-2", hanfeng, false));
    records.add(ImmutableSocialWorker.copyOf(worker("SW-X", hanfeng, true))
        .withEmployedFrom(LocalDate.of(2021, 6, 1)).withEmployedUntil(LocalDate.of(2024, 1, 1)));
    records.add(worker("SW-3", manyue, true));
    records.add(worker("SW-4", manyue, false));
    records.add(worker("SW-C1", ZHICHENG, true));
    records.add(worker("SW-Z2", ZHICHENG, false));
    records.add(worker("SW-ELSEWHERE", ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-OTHER-DISTRICT"), true));
    records.add(organisation("ORG-ZC", false, DINGXING, LocalDate.of(2018, 3, 1)));
    records.add(organisation("ORG-HY", true, HAOYUE, LocalDate.of(2022, 4, 1)));
    records.add(organisation("ORG-JZ", true, JINZHOU, LocalDate.of(2026, 2, 1)));
    records.add(organisation("ORG-OTHER-DISTRICT", true, DivisionCode.parse("500101001001"),
        LocalDate.of(2020, 1, 1)));
    records.add(ServiceDelivery.builder().id("SD-1").unitId("ST-101").date(LocalDate.of(2025, 5, 9))
        .kind(ServiceKind.COMMUNITY_ACTIVITY).activities(2)
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.LEFT_BEHIND_CHILDREN, 35))
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.RESIDENTS, 5)).hours(new BigDecimal("2.5")).build());
    records.add(ServiceDelivery.builder().id("SD-2").unitId("RM-101202").date(LocalDate.of(2025, 3, 1))
        .kind(ServiceKind.GROUP_WORK).activities(1).hours(BigDecimal.ONE).build()); // room closed: not counted
    records.add(ServiceDelivery.builder().id("SD-3").unitId("RM-001001").date(LocalDate.of(2025, 12, 31))
        .kind(ServiceKind.CASEWORK).activities(3)
        .addBeneficiaries(Beneficiary.of(BeneficiaryGroup.ELDERLY_LIVING_ALONE, 3)).hours(BigDecimal.TEN).build());
    records.add(ServiceDelivery.builder().id("SD-4").unitId("ST-001").date(LocalDate.of(2026, 1, 1))
        .kind(ServiceKind.CASEWORK).activities(7).hours(BigDecimal.TEN).build()); // next year
    records.add(ServiceDelivery.builder().id("SD-5").unitId("ST-NONE").date(LocalDate.of(2025, 6, 1))
        .kind(ServiceKind.CASEWORK).activities(9).hours(BigDecimal.TEN).build()); // unknown unit
    records.add(ServiceFunding.builder().id("F-MY-1").unitId("ST-101").date(LocalDate.of(2022, 3, 1))
        .amount(new BigDecimal("100000.00")).source(FundingSource.PILOT_FUND)
        .addBuiltUnitIds("ST-101", "RM-101001", "RM-101201", "RM-101202").build());
    records.add(ServiceFunding.builder().id("F-HF-2025").unitId("ST-001").date(LocalDate.of(2025, 2, 1))
        .amount(new BigDecimal("80000.50")).source(FundingSource.PURCHASE_OF_SERVICES).build());
    records.add(TrainingSession.builder().id("T-1").unitId("GC-500154").date(LocalDate.of(2025, 4, 12))
        .topic("实务能力提升").participants(60).build());
    records.add(TrainingSession.builder().id("T-2").unitId("ST-101").date(LocalDate.of(2025, 10, 1))
        .topic("社区工作者培训").participants(25).build());
    records.add(ServiceFacility.builder().id("FAC-E-1").name("汉丰街道养老服务中心").kind(FacilityKind.ELDERLY_CARE)
        .territoryCode(HANFENG).build());
    records.add(ServiceFacility.builder().id("FAC-E-2").name("满月镇养老服务站").kind(FacilityKind.ELDERLY_CARE)
        .territoryCode(MANYUE).closedOn(LocalDate.of(2024, 6, 1)).build());
    records.add(ServiceFacility.builder().id("FAC-C-1").name("顶星村儿童之家").kind(FacilityKind.CHILDREN_SERVICE)
        .territoryCode(DINGXING).build());
    return records;
  }

  static ServiceSystem system() {
    return ServiceSystem.of(KAIZHOU, records());
  }
}

package io.github.jiceng.governance.rules.service;

import static io.github.jiceng.governance.rules.service.ServiceFixtures.DINGXING;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.HAOYUE;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.JINZHOU;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.codes;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.only;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.validate;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.with;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.service.ImmutablePremises;
import io.github.jiceng.governance.core.service.ImmutableServiceDelivery;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkStation;
import io.github.jiceng.governance.core.service.Operator;
import io.github.jiceng.governance.core.service.ServiceDelivery;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Operators, the records of units, community organisations, and the linkage rules that read stations. */
class RecordRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static ServiceDelivery delivery() {
    return (ServiceDelivery) ServiceFixtures.dataset().stream().filter(ServiceDelivery.class::isInstance)
        .findFirst().orElseThrow();
  }

  @Test
  void aPurchasedServiceMustNameAKnownOrganisation() {
    ServiceUnit station = ImmutableSocialWorkStation.copyOf(ServiceFixtures.hanfengStation())
        .withOperator(Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-NONE")));
    Finding finding = only(station);
    assertThat(finding.code().value()).isEqualTo("service.unit.operator-missing");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.location().pointer().toString()).isEqualTo("/operator/organisation");
    assertThat(finding.message(ZH)).isEqualTo(
        "乡镇（街道）社工站ST-001（汉丰街道社会工作服务站）由social-organisation:ORG-NONE运营，该机构不在记录中");
    assertThat(finding.message(EN)).isEqualTo("township social-work station ST-001 (汉丰街道社会工作服务站) is run by"
        + " social-organisation:ORG-NONE, which is not among the records");
  }

  @Test
  void theModelsConstraintsBecomeFindings() {
    ServiceUnit blank = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation()).withName(" ")
        .withPremises(ImmutablePremises.copyOf(ServiceFixtures.manyueStation().premises().orElseThrow())
            .withAddress(""));
    List<Finding> findings = validate(with(blank)).findings();
    assertThat(findings).extracting(f -> f.code().value() + " " + f.location().pointer())
        .containsExactlyInAnyOrder("constraint.NotBlank /name", "constraint.NotBlank /premises/address");
  }

  @Test
  void aRecordMustBelongToAKnownUnit() {
    Finding finding = only(ImmutableServiceDelivery.copyOf(delivery()).withUnitId("ST-NONE"));
    assertThat(finding.code().value()).isEqualTo("service.record.unit-missing");
    assertThat(finding.subject()).isEqualTo(Subject.of("service-delivery", "SD-1"));
    assertThat(finding.message(EN)).isEqualTo(
        "Record SD-1 belongs to unit ST-NONE, which is not among the records; it counts towards no indicator");
    assertThat(validate(with(ImmutableServiceDelivery.copyOf(delivery()).withUnitId("RM-101201").withId("SD-R")))
        .findings()).as("a room's record").isEmpty();
  }

  @Test
  void aRecordMustBeDatedWhileItsUnitIsOpen() {
    LocalDate opened = ServiceFixtures.manyueStation().openedOn();
    qt().forAll(integers().between(-3, 3)).checkAssert(offset -> {
      ServiceDelivery dated = ImmutableServiceDelivery.copyOf(delivery()).withDate(opened.plusDays(offset));
      assertThat(codes(validate(with(dated))).contains("service.record.unit-closed")).as("offset %d", offset)
          .isEqualTo(offset < 0);
    });
    Finding finding = only(ImmutableServiceDelivery.copyOf(delivery()).withDate(LocalDate.of(2021, 5, 9)));
    assertThat(finding.message(ZH)).isEqualTo("记录SD-1的日期为2021年5月9日，当日服务阵地ST-101（满月镇社会工作服务站）未运行"
        + "（启用2022年3月1日，停用—），不计入指标");
  }

  @Test
  void urbanAndRuralAveragesAreReportedSeparately() {
    List<Object> fewer = without(Subject.of("social-organisation", "ORG-JZ01"));
    Finding finding = validate(fewer).findings().get(0);
    assertThat(validate(fewer).findings()).hasSize(1);
    assertThat(finding.code().value()).isEqualTo("service.district.organisations-below-target");
    assertThat(finding.subject()).isEqualTo(Subject.of("district", "500154000000"));
    assertThat(finding.message(EN)).isEqualTo("开州区: 19 community social organisations in 2 urban communities, on"
        + " average 9.50, fewer than the target of 10 per community (service.organisations-per-urban-community)");
    assertThat(finding.message(ZH)).isEqualTo("开州区：2个城市社区共有社区社会组织19个，平均9.50个，未达到每个社区10个的目标"
        + "（service.organisations-per-urban-community）");
    qt().forAll(integers().between(0, 8), integers().between(0, 12)).checkAssert((rural, urban) -> {
      List<Object> records = new ArrayList<>(ServiceFixtures.dataset());
      records.removeIf(r -> r instanceof SocialOrganisation && ((SocialOrganisation) r).communityBased());
      for (int i = 0; i < rural; i++) {
        records.add(ServiceFixtures.filed("ORG-R" + i, DINGXING));
      }
      for (int i = 0; i < urban; i++) {
        records.add(ServiceFixtures.filed("ORG-U" + i, i % 2 == 0 ? JINZHOU : HAOYUE));
      }
      long reports = validate(records).forCode("service.district.organisations-below-target").size();
      // rural: 1 village, target 5; urban: 2 communities, target 10 on average, so 20 in all
      long expected = (rural < 5 ? 1 : 0) + (urban < 20 ? 1 : 0);
      assertThat(reports).as("%d rural, %d urban", rural, urban).isEqualTo(expected);
    });
  }

  @Test
  void linkageRulesSeeStationsOnceTheyAreRegistered() {
    Finding finding = only(ServiceFixtures.worker("SW-9", ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-NONE"),
        true));
    assertThat(finding.code().value()).isEqualTo("linkage.worker.employer-missing");
    assertThat(finding.message(EN)).isEqualTo("Social worker SW-9 is employed by social-work-station:ST-NONE"
        + " (social-work station), which is not among the records");
    List<Object> noStations = without(Subject.of("social-work-station", "ST-001"),
        Subject.of("social-work-station", "ST-101"));
    noStations.removeIf(r -> r instanceof ServiceUnit || r instanceof ServiceDelivery);
    List<Object> onlyWorker = new ArrayList<>(noStations);
    Validator plain = Validator.builder(ServiceFixtures.kaizhou()).lookup(RecordLookup.ofRecords(onlyWorker))
        .clock(ServiceFixtures.CLOCK).rethrowRuleFailures(true).build();
    assertThat(plain.validate(onlyWorker).forCode("linkage.worker.employer-missing"))
        .as("no station records: cannot know").isEmpty();

    LinkageProject project = LinkageProject.builder().id("P-ST").name("站点项目").addVillageCodes(DINGXING)
        .addStages(ProjectStage.of(StageKind.DESIGN, ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-GONE"),
            LocalDate.of(2026, 3, 1)))
        .build();
    assertThat(codes(validate(with(project)))).contains("linkage.project.actor-missing");
    LinkageProject known = LinkageProject.builder().id("P-ST").name("站点项目").addVillageCodes(DINGXING)
        .addStages(ProjectStage.of(StageKind.DESIGN, ServiceFixtures.MANYUE_STATION, LocalDate.of(2026, 3, 1)))
        .build();
    assertThat(codes(validate(with(known)))).doesNotContain("linkage.project.actor-missing");
  }
}

package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.DistrictProfile;
import io.github.jiceng.governance.core.service.ProfileFigure;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ServiceGeneratorsTest {
  private static final TerritoryShape SMALL = TerritoryShape.of(DivisionCode.parse("500154"));

  @Test
  void theSameSeedGivesTheSameDataset() {
    assertThat(ServiceGenerators.datasets(SMALL).sample(7L, 2)).isEqualTo(ServiceGenerators.datasets(SMALL).sample(7L, 2));
    assertThat(ServiceGenerators.datasets(SMALL).sample(7L, 1)).isNotEqualTo(ServiceGenerators.datasets(SMALL)
        .sample(8L, 1));
  }

  @Test
  void aDatasetHasTheShapeItsJavadocDescribes() {
    for (ServiceDataset data : ServiceGenerators.datasets(SMALL).sample(3L, 5)) {
      Territory territory = Territory.of(data.territory()).asOf(data.day());
      ServiceSystem system = data.system();
      assertThat(data.stations()).hasSameSizeAs(territory.townships());
      assertThat(data.centres()).hasSize(1);
      assertThat(data.rooms().size()).isLessThanOrEqualTo(territory.villages().size());
      for (SocialWorkStation station : data.stations()) {
        List<SocialWorker> staff = system.staffOf(station, data.day());
        long certified = staff.stream().filter(SocialWorker::isCertified).count();
        assertThat(staff.size()).isBetween(2, 4);
        assertThat(certified * 100).isGreaterThanOrEqualTo(60L * staff.size());
        assertThat(station.premises().orElseThrow().equipmentValue().orElseThrow())
            .isBetween(new BigDecimal("40000"), new BigDecimal("80000"));
        BigDecimal funding = data.unitRecords().stream().filter(r -> r instanceof ServiceFunding
            && r.unitId().equals(station.id())).map(r -> ((ServiceFunding) r).amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(funding).isGreaterThanOrEqualTo(ServiceGenerators.MINIMUM_ANNUAL_FUNDING);
      }
      Map<DivisionCode, Long> perVillage = data.organisations().stream().filter(SocialOrganisation::communityBased)
          .collect(Collectors.groupingBy(o -> o.serviceAreas().get(0), Collectors.counting()));
      for (Village village : territory.villages()) {
        assertThat(perVillage.get(village.code())).isEqualTo(ServiceGenerators.isUrban(village) ? 10L : 5L);
      }
      assertThat(data.toString()).startsWith("ServiceDataset[500154 on 2026-06-30: ");
    }
  }

  @Test
  void everyDefectCanBePlantedAndNamesItsRuleAndSubject() {
    for (ServiceDefect defect : ServiceDefect.values()) {
      DefectiveService broken = ServiceGenerators.defective(SMALL, defect).sample(11L, 1).get(0);
      assertThat(broken.defect()).isEqualTo(defect);
      assertThat(defect.ruleId()).startsWith("service.");
      assertThat(broken.subjectType()).isEqualTo(defect.subjectType());
      assertThat(broken.dataset()).isNotEqualTo(ServiceGenerators.datasets(SMALL).sample(11L, 1).get(0));
      assertThat(broken.toString()).contains(defect.name()).contains(broken.subjectId());
    }
  }

  @Test
  void theKaizhouDatasetHasTheArticlesFigures() {
    ServiceDataset kaizhou = ServiceGenerators.kaizhou().sample(1L, 1).get(0);
    DistrictProfile profile = DistrictProfile.of(kaizhou.system(), ReportingPeriod.year(2022));
    assertThat(profile.figure(ProfileFigure.STATIONS)).contains(40L);
    assertThat(profile.figure(ProfileFigure.CERTIFIED_SOCIAL_WORKERS)).contains(289L);
    assertThat(profile.figure(ProfileFigure.PEOPLE_TRAINED)).contains(500L);
    assertThat(profile.figure(ProfileFigure.ORGANISATIONS_ENGAGED)).contains(447L);
    assertThat(profile.figure(ProfileFigure.ELDERLY_CARE_FACILITIES)).contains(619L);
    assertThat(profile.figure(ProfileFigure.CHILDREN_SERVICE_STATIONS)).contains(535L);
    assertThat(profile.figure(ProfileFigure.INCUBATION_BASES)).contains(1L);
    assertThat(profile.figure(ProfileFigure.FUNERAL_FACILITIES)).contains(14L);
    ServiceFunding pilot = kaizhou.unitRecords().stream().filter(r -> r.id().equals("F-MY-PILOT"))
        .map(ServiceFunding.class::cast).findFirst().orElseThrow();
    assertThat(pilot.amount()).isEqualByComparingTo("100000");
    assertThat(pilot.builtUnitIds()).hasSize(5);
    assertThat(kaizhou.territory()).extracting(u -> u.name()).contains("文峰街道", "丰乐街道", "满月镇");
  }
}

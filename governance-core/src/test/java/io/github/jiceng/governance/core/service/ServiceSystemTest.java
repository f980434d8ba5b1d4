package io.github.jiceng.governance.core.service;

import static io.github.jiceng.governance.core.service.ServiceSample.DINGXING;
import static io.github.jiceng.governance.core.service.ServiceSample.HANFENG;
import static io.github.jiceng.governance.core.service.ServiceSample.KAIZHOU;
import static io.github.jiceng.governance.core.service.ServiceSample.MANYUE;
import static io.github.jiceng.governance.core.service.ServiceSample.YIHE;
import static io.github.jiceng.governance.core.service.ServiceSample.YIHE_VILLAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Navigation and counting of a district's system; expected figures are counted by hand from the sample. */
class ServiceSystemTest {
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private final ServiceSystem system = ServiceSample.system();

  private static List<String> ids(List<? extends ServiceUnit> units) {
    return units.stream().map(ServiceUnit::id).collect(Collectors.toList());
  }

  private static List<String> workerIds(List<SocialWorker> workers) {
    return workers.stream().map(SocialWorker::id).collect(Collectors.toList());
  }

  @Test
  void navigatesUpAndDownOnADay() {
    assertThat(ids(system.stationsOf(MANYUE, END_2025))).containsExactly("ST-101");
    assertThat(system.stationsOf(YIHE, END_2025)).isEmpty();
    SocialWorkRoom dingxing = (SocialWorkRoom) system.unit("RM-101201").orElseThrow();
    assertThat(system.stationAbove(dingxing, END_2025).map(ServiceUnit::id)).contains("ST-101");
    assertThat(system.stationAbove(dingxing, LocalDate.of(2022, 2, 28))).as("before the station opened").isEmpty();
    SocialWorkStation manyue = system.stationsOf(MANYUE, END_2025).get(0);
    assertThat(ids(system.roomsBelow(manyue, END_2025))).containsExactly("RM-101001", "RM-101201");
    assertThat(ids(system.roomsBelow(manyue, LocalDate.of(2024, 12, 31))))
        .containsExactly("RM-101001", "RM-101201", "RM-101202");
    assertThat(system.centreAbove(manyue, END_2025).map(ServiceUnit::id)).contains("GC-500154");
    assertThat(system.centreAbove(manyue, LocalDate.of(2021, 8, 31))).isEmpty();
    assertThat(ids(system.roomsOf(DINGXING, END_2025))).containsExactly("RM-101201");
    assertThat(ids(system.unitsWithin(MANYUE, END_2025))).containsExactly("ST-101", "RM-101001", "RM-101201");
    assertThat(system.unitsWithin(KAIZHOU, END_2025)).hasSize(6);
    assertThat(system.unitsOn(ServiceTier.VILLAGE, LocalDate.of(2024, 6, 1))).hasSize(4);
  }

  @Test
  void staffComeFromTheStationsEmployeesAndTheRoomsAndCentresLists() {
    SocialWorkStation hanfeng = system.stationsOf(HANFENG, END_2025).get(0);
    assertThat(workerIds(system.staffOf(hanfeng, END_2025))).containsExactly("SW-1", "SW-2");
    assertThat(workerIds(system.staffOf(hanfeng, LocalDate.of(2023, 12, 31)))).containsExactly("SW-1", "SW-2", "SW-X");
    assertThat(workerIds(system.staffOf(system.unit("RM-101201").orElseThrow(), END_2025))).containsExactly("SW-4");
    assertThat(workerIds(system.staffOf(system.unit("GC-500154").orElseThrow(), END_2025))).containsExactly("SW-C1");
    assertThat(workerIds(system.staffOf(system.unitsWithin(MANYUE, END_2025), END_2025)))
        .as("SW-4 works for the station and a room: once").containsExactly("SW-3", "SW-4");
    assertThat(workerIds(system.staffOf(system.unitsWithin(KAIZHOU, END_2025), END_2025)))
        .containsExactly("SW-1", "SW-2", "SW-3", "SW-4", "SW-C1");
    assertThat(system.staffing(hanfeng, END_2025).headcount()).isEqualTo(2);
    assertThat(system.staffing(hanfeng, END_2025).certified()).isEqualTo(1);
  }

  @Test
  void keepsOnlyTheDistrictsRecords() {
    assertThat(workerIds(system.workers())).containsExactly("SW-1", "SW-2", "SW-3", "SW-4", "SW-C1", "SW-X", "SW-Z2");
    assertThat(system.organisations()).extracting(o -> o.id()).containsExactly("ORG-HY", "ORG-JZ", "ORG-ZC");
    assertThat(system.records()).extracting(UnitRecord::id).doesNotContain("SD-5");
    assertThat(system.units()).hasSize(7);
    assertThat(system.territory().townships()).hasSize(3);
    assertThat(system).hasToString("ServiceSystem[500154: 1 centre, 2 stations, 4 rooms, 7 workers]");
  }

  @Test
  void countsRecordsOfAPeriodOnlyOnTheirUnitsOpenDays() {
    List<ServiceDelivery> y2025 = system.recordsIn(ServiceDelivery.class, KAIZHOU, ReportingPeriod.year(2025));
    assertThat(y2025).extracting(UnitRecord::id).containsExactly("SD-1", "SD-3");
    assertThat(system.recordsIn(ServiceDelivery.class, MANYUE, ReportingPeriod.year(2025)))
        .extracting(UnitRecord::id).containsExactly("SD-1");
    assertThat(system.recordsIn(ServiceFunding.class, KAIZHOU, ReportingPeriod.year(2022)))
        .extracting(UnitRecord::id).containsExactly("F-MY-1");
  }

  @Test
  void rejectsTwoUnitsWithOneIdAndANonCountyDistrict() {
    List<Object> records = new ArrayList<>(ServiceSample.records());
    records.add(ServiceSample.room("RM-001001", "重复", YIHE_VILLAGE, LocalDate.of(2023, 1, 1)));
    assertThatThrownBy(() -> ServiceSystem.of(KAIZHOU, records))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two service units have the id 'RM-001001'");
    assertThatThrownBy(() -> ServiceSystem.of(HANFENG, records)).hasMessageContaining("expected a county-level code");
  }

  @Test
  void profileCountsStocksOnTheLastDayAndFlowsOverThePeriodEachOnce() {
    DistrictProfile p2025 = DistrictProfile.of(system, ReportingPeriod.year(2025));
    Map<ProfileFigure, Long> expected = Map.ofEntries(
        Map.entry(ProfileFigure.TOWNSHIPS, 3L), Map.entry(ProfileFigure.TOWNSHIPS_WITH_STATION, 2L),
        Map.entry(ProfileFigure.STATIONS, 2L), Map.entry(ProfileFigure.VILLAGES, 6L),
        Map.entry(ProfileFigure.VILLAGES_WITH_ROOM, 3L), Map.entry(ProfileFigure.ROOMS, 3L),
        Map.entry(ProfileFigure.GUIDANCE_CENTRES, 1L), Map.entry(ProfileFigure.SOCIAL_WORKERS, 6L),
        Map.entry(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, 3L), Map.entry(ProfileFigure.PEOPLE_TRAINED, 85L),
        Map.entry(ProfileFigure.ORGANISATIONS_ENGAGED, 2L), Map.entry(ProfileFigure.SERVICES_DELIVERED, 5L),
        Map.entry(ProfileFigure.BENEFICIARIES, 43L), Map.entry(ProfileFigure.ELDERLY_CARE_FACILITIES, 1L),
        Map.entry(ProfileFigure.CHILDREN_SERVICE_STATIONS, 1L), Map.entry(ProfileFigure.INCUBATION_BASES, 0L),
        Map.entry(ProfileFigure.FUNERAL_FACILITIES, 0L));
    assertThat(p2025.figures()).isEqualTo(expected);
    assertThat(p2025.funding()).contains(new BigDecimal("80000.50"));

    DistrictProfile p2022 = DistrictProfile.of(system, ReportingPeriod.year(2022));
    assertThat(p2022.figure(ProfileFigure.ROOMS)).contains(4L);
    assertThat(p2022.figure(ProfileFigure.SOCIAL_WORKERS)).contains(7L);
    assertThat(p2022.funding()).contains(new BigDecimal("100000.00"));
    Map<ProfileFigure, Long> change = p2025.changeSince(p2022);
    assertThat(change).containsEntry(ProfileFigure.STATIONS, 0L).containsEntry(ProfileFigure.ROOMS, -1L)
        .containsEntry(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, -1L)
        .containsEntry(ProfileFigure.ELDERLY_CARE_FACILITIES, -1L);
  }

  @Test
  void aMergedVillageIsCountedOnceInEachYear() {
    List<Object> records = new ArrayList<>(ServiceSample.records());
    Village shuanghe = (Village) records.stream().filter(r -> r instanceof Village
        && ((Village) r).code().equals(ServiceSample.SHUANGHE)).findFirst().orElseThrow();
    records.remove(shuanghe);
    LocalDate merger = LocalDate.of(2024, 7, 1);
    records.add(ImmutableVillage.copyOf(shuanghe).withAbolished(merger));
    records.add(ImmutableVillage.copyOf(Village.of(DivisionCode.parse("500154101203"), "双星村"))
        .withEstablished(merger));
    ServiceSystem merged = ServiceSystem.of(KAIZHOU, records);
    assertThat(DistrictProfile.of(merged, ReportingPeriod.year(2023)).figure(ProfileFigure.VILLAGES)).contains(6L);
    assertThat(DistrictProfile.of(merged, ReportingPeriod.year(2024)).figure(ProfileFigure.VILLAGES)).contains(6L);
    assertThat(DistrictProfile.of(merged, ReportingPeriod.year(2024)).figure(ProfileFigure.VILLAGES_WITH_ROOM))
        .as("双河村's room counted with the abolished village, not the new one").contains(3L);
  }

  @Test
  void aStatedProfileHasOnlyItsFigures() {
    DistrictProfile stated = DistrictProfile.builder().district(KAIZHOU).period(ReportingPeriod.year(2022))
        .putFigures(ProfileFigure.STATIONS, 40L).putFigures(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, 289L).build();
    assertThat(stated.figure(ProfileFigure.ROOMS)).isEmpty();
    assertThat(stated.funding()).isEmpty();
    assertThat(stated).hasToString("DistrictProfile[500154 2022: STATIONS=40, CERTIFIED_SOCIAL_WORKERS=289]");
    assertThat(DistrictProfile.of(system, ReportingPeriod.year(2025)).changeSince(stated))
        .containsOnly(Map.entry(ProfileFigure.STATIONS, -38L), Map.entry(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, -286L));
    assertThatThrownBy(() -> DistrictProfile.builder().district(HANFENG).period(ReportingPeriod.year(2022)).build())
        .hasMessageContaining("expected a county-level code");
    assertThatThrownBy(() -> DistrictProfile.builder().district(KAIZHOU).period(ReportingPeriod.year(2022))
        .putFigures(ProfileFigure.STATIONS, -1L).build()).hasMessageContaining("STATIONS -1 is negative");
  }
}

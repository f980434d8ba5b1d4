package io.github.jiceng.governance.core.service;

import static io.github.jiceng.governance.core.service.ServiceSample.DINGXING;
import static io.github.jiceng.governance.core.service.ServiceSample.HANFENG;
import static io.github.jiceng.governance.core.service.ServiceSample.KAIZHOU;
import static io.github.jiceng.governance.core.service.ServiceSample.ZHICHENG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Construction, open days and reporting periods of the three-tier model. */
class ServiceModelTest {
  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Test
  void eachTierServesOneLevelAndNamesItsRecordType() {
    assertThat(ServiceTier.DISTRICT.territoryLevel()).isEqualTo(DivisionLevel.COUNTY);
    assertThat(ServiceTier.TOWNSHIP.territoryLevel()).isEqualTo(DivisionLevel.TOWNSHIP);
    assertThat(ServiceTier.VILLAGE.territoryLevel()).isEqualTo(DivisionLevel.VILLAGE);
    assertThat(ServiceTier.TOWNSHIP.recordType()).isEqualTo(ActorType.SOCIAL_WORK_STATION.recordType());
    assertThat(ServiceTier.VILLAGE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("村（社区）社工室");
    assertThat(ServiceTier.DISTRICT.displayName(Locale.ENGLISH)).isEqualTo("district social-work guidance centre");
  }

  @Test
  void aUnitMustServeATerritoryOfItsTiersLevel() {
    assertThatThrownBy(() -> SocialWorkStation.builder().id("ST-X").name("错站").territoryCode(DINGXING)
        .openedOn(BASE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ST-X").hasMessageContaining("500154101201 is VILLAGE-level")
        .hasMessageContaining("expected a TOWNSHIP-level code");
    assertThatThrownBy(() -> SocialWorkRoom.builder().id("RM-X").name("错室").territoryCode(HANFENG)
        .openedOn(BASE).build()).hasMessageContaining("expected a VILLAGE-level code");
    assertThatThrownBy(() -> GuidanceCentre.builder().id("GC-X").name("错中心").territoryCode(HANFENG)
        .openedOn(BASE).build()).hasMessageContaining("expected a COUNTY-level code");
  }

  @Test
  void aUnitIsOpenFromItsOpeningDayUntilTheDayBeforeItCloses() {
    qt().forAll(integers().between(1, 400), integers().between(-50, 450)).checkAssert((length, offset) -> {
      SocialWorkRoom room = ServiceSample.room("RM-1", "室", DINGXING, BASE);
      SocialWorkRoom closed = ImmutableSocialWorkRoom.copyOf(room).withClosedOn(BASE.plusDays(length));
      LocalDate day = BASE.plusDays(offset);
      assertThat(closed.isOpenOn(day)).as("offset %d of %d", offset, length).isEqualTo(offset >= 0 && offset < length);
      assertThat(room.isOpenOn(day)).isEqualTo(offset >= 0);
    });
    assertThatThrownBy(() -> ImmutableSocialWorkRoom.copyOf(ServiceSample.room("RM-1", "室", DINGXING, BASE))
        .withClosedOn(BASE)).hasMessageContaining("closed on 2024-01-01 is not after opened on 2024-01-01");
  }

  @Test
  void anOperatorSaysWhoRunsTheUnit() {
    assertThat(Operator.purchasedFrom(ZHICHENG).organisation()).contains(ZHICHENG);
    assertThat(Operator.governmentRun().organisation()).isEmpty();
    assertThat(Operator.purchasedFrom(ZHICHENG)).hasToString("PURCHASED_SERVICE social-organisation:ORG-ZC");
    assertThatThrownBy(() -> new ImmutableOperator.Builder().mode(OperationMode.PURCHASED_SERVICE).build())
        .hasMessageContaining("purchased services need the social organisation");
    assertThatThrownBy(() -> new ImmutableOperator.Builder().mode(OperationMode.GOVERNMENT_RUN)
        .organisation(ZHICHENG).build()).hasMessageContaining("government-run unit has no operating organisation");
    assertThatThrownBy(() -> Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_WORKER, "SW-1")))
        .hasMessageContaining("social-worker:SW-1 is not a social organisation");
  }

  @Test
  void recordsRejectNegativeFigures() {
    assertThatThrownBy(() -> ServiceFunding.builder().id("F-1").unitId("ST-1").date(BASE)
        .amount(new BigDecimal("-0.01")).source(FundingSource.OTHER).build())
        .hasMessageContaining("ServiceFunding 'F-1': amount -0.01 is negative");
    assertThatThrownBy(() -> ServiceDelivery.builder().id("SD-1").unitId("ST-1").date(BASE)
        .kind(ServiceKind.OTHER).activities(-1).hours(BigDecimal.ZERO).build())
        .hasMessageContaining("activities -1 is negative");
    assertThatThrownBy(() -> TrainingSession.builder().id("T-1").unitId("GC-1").date(BASE).topic("x")
        .participants(-3).build()).hasMessageContaining("participants -3 is negative");
    assertThatThrownBy(() -> Premises.builder().address("某地").floorArea(new BigDecimal("-1")).build())
        .hasMessageContaining("floor area -1 is negative");
    assertThat(ServiceFunding.builder().id("F-0").unitId("ST-1").date(BASE).amount(BigDecimal.ZERO)
        .source(FundingSource.OTHER).build().amount()).isZero();
  }

  @Test
  void aCalendarYearIsMeasuredOnItsLastDay() {
    ReportingPeriod year = ReportingPeriod.year(2025);
    assertThat(year.start()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(year.referenceDay()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(year.isCalendarYear()).isTrue();
    assertThat(year).hasToString("2025");
    assertThat(year.previous()).isEqualTo(ReportingPeriod.year(2024));
    ReportingPeriod half = ReportingPeriod.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 1, 1));
    assertThat(half).hasToString("[2025-07-01, 2026-01-01)");
    assertThat(half.previous()).isEqualTo(ReportingPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1)));
    assertThatThrownBy(() -> ReportingPeriod.of(BASE, BASE)).hasMessageContaining("end 2024-01-01 is not after");
  }

  @Test
  void overlapAndInclusionAgreeWithCountingDays() {
    qt().forAll(integers().between(0, 30), integers().between(1, 30), integers().between(-5, 40),
        integers().between(-5, 45)).checkAssert((start, length, from, until) -> {
          ReportingPeriod period = ReportingPeriod.of(BASE.plusDays(start), BASE.plusDays(start + length));
          Optional<LocalDate> f = Optional.of(BASE.plusDays(from));
          Optional<LocalDate> u = until > from ? Optional.of(BASE.plusDays(until)) : Optional.empty();
          int inForce = 0;
          for (LocalDate day = period.start(); day.isBefore(period.end()); day = day.plusDays(1)) {
            boolean open = !day.isBefore(f.get()) && u.map(day::isBefore).orElse(true);
            inForce += open ? 1 : 0;
            assertThat(period.contains(day)).isTrue();
          }
          assertThat(period.overlaps(f, u)).isEqualTo(inForce > 0);
          assertThat(period.liesWithin(f, u)).isEqualTo(inForce == length);
          assertThat(period.contains(period.end())).isFalse();
        });
  }

  @Test
  void facilitiesAreOpenBetweenOptionalDays() {
    ServiceFacility home = ServiceFacility.builder().id("FAC-1").name("养老服务站").kind(FacilityKind.ELDERLY_CARE)
        .territoryCode(KAIZHOU).closedOn(BASE).build();
    assertThat(home.isOpenOn(BASE.minusDays(1))).isTrue();
    assertThat(home.isOpenOn(BASE)).isFalse();
    assertThat(ProfileFigure.of(FacilityKind.FUNERAL_SERVICE)).isEqualTo(ProfileFigure.FUNERAL_FACILITIES);
    assertThat(ProfileFigure.of(FacilityKind.CHILDREN_SERVICE)).isEqualTo(ProfileFigure.CHILDREN_SERVICE_STATIONS);
  }
}

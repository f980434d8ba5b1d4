package io.github.jiceng.governance.rules.service;

import static io.github.jiceng.governance.rules.service.ServiceFixtures.DINGXING;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.MANYUE;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.YIHE;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.codes;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.only;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.validate;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.service.GuidanceCentre;
import io.github.jiceng.governance.core.service.ImmutableGuidanceCentre;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkStation;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Coverage and consistency of the tiers: stations per township, rooms per village, centres, territories. */
class TierRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private static SocialWorkStation station(String id, DivisionCode township) {
    return ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation()).withId(id).withTerritoryCode(township);
  }

  @Test
  void aTownshipWithoutAStationIsReportedWithTheGoal() {
    Finding finding = only(Township.of(YIHE, "义和镇"));
    assertThat(finding.code().value()).isEqualTo("service.township.station-missing");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.subject()).isEqualTo(Subject.of("township", YIHE.value()));
    assertThat(finding.message(ZH)).isEqualTo(
        "义和镇（500154102000）在2026年6月30日没有运行中的社工站；国家目标为2025年底前乡镇（街道）社工站基本全覆盖");
    assertThat(finding.message(EN)).isEqualTo("义和镇 (500154102000) has no social-work station open on 2026-06-30;"
        + " the national goal is basic full coverage of townships and streets by the end of 2025");
  }

  @Test
  void aStationCountsFromItsOpeningDayAndNotFromItsClosingDay() {
    qt().forAll(integers().between(-3, 3)).checkAssert(offset -> {
      SocialWorkStation moved = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
          .withOpenedOn(ServiceFixtures.TODAY.plusDays(offset));
      boolean open = offset <= 0;
      Set<String> codes = codes(validate(with(moved)));
      assertThat(codes.contains("service.township.station-missing")).as("opened %d days from today", offset)
          .isEqualTo(!open);
      SocialWorkStation closing = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
          .withClosedOn(ServiceFixtures.TODAY.plusDays(offset));
      assertThat(codes(validate(with(closing))).contains("service.township.station-missing"))
          .as("closed %d days from today", offset).isEqualTo(offset <= 0);
    });
  }

  @Test
  void anAbolishedTownshipNeedsNoStation() {
    Township abolished = ImmutableTownship.copyOf(Township.of(YIHE, "义和镇")).withAbolished(LocalDate.of(2025, 1, 1));
    assertThat(validate(with(abolished)).findings()).isEmpty();
  }

  @Test
  void withoutTheServiceSystemTheAggregateRulesAreSilent() {
    List<Object> records = with(Township.of(YIHE, "义和镇"));
    assertThat(Validator.builder(ServiceFixtures.kaizhou()).lookup(RecordLookup.ofRecords(records))
        .clock(ServiceFixtures.CLOCK).rethrowRuleFailures(true).build().validate(records).findings()).isEmpty();
  }

  @Test
  void aSecondStationInATownshipIsReportedUnlessThePackAllowsIt() {
    SocialWorkStation second = station("ST-101B", MANYUE);
    Object worker = ServiceFixtures.worker("SW-6", ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-101B"), true);
    Finding finding = only(second, worker);
    assertThat(finding.code().value()).isEqualTo("service.township.multiple-stations");
    assertThat(finding.message(EN)).isEqualTo(
        "满月镇 (500154101000) has 2 social-work stations open on 2026-06-30 (ST-101, ST-101B); at most 1 expected");
    assertThat(finding.message(ZH)).isEqualTo(
        "满月镇（500154101000）在2026年6月30日有2个运行中的社工站（ST-101、ST-101B），最多应为1个");
    RulePack allowsTwo = RulePack.builder("cn.chongqing.d500154.two", "1", "500154").parent(ServiceFixtures.kaizhou())
        .parameter(TownshipMultipleStationsRule.MAXIMUM, 2, ValidityPeriod.always(), "test").build();
    assertThat(validate(allowsTwo, with(second, worker)).findings()).isEmpty();
  }

  @Test
  void stationsPerTownshipAreComparedWithTheParameterInclusively() {
    qt().forAll(integers().between(1, 4), integers().between(1, 3)).checkAssert((stations, maximum) -> {
      List<Object> records = new ArrayList<>(ServiceFixtures.dataset());
      for (int i = 2; i <= stations; i++) {
        records.add(station("ST-101-" + i, MANYUE));
        records.add(ServiceFixtures.worker("SW-X" + i, ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-101-" + i),
            true));
      }
      RulePack pack = RulePack.builder("cn.chongqing.d500154.max", "1", "500154").parent(ServiceFixtures.kaizhou())
          .parameter(TownshipMultipleStationsRule.MAXIMUM, maximum, ValidityPeriod.always(), "test").build();
      assertThat(codes(validate(pack, records))).as("%d stations, at most %d", stations, maximum)
          .isEqualTo(stations > maximum ? Set.of("service.township.multiple-stations") : Set.of());
    });
  }

  @Test
  void aSecondRoomInAVillageIsReported() {
    Finding finding = only(ServiceFixtures.room("RM-101201B", "顶星村第二社工室", DINGXING));
    assertThat(finding.code().value()).isEqualTo("service.village.multiple-rooms");
    assertThat(finding.subject()).isEqualTo(Subject.of("village", DINGXING.value()));
    assertThat(finding.message(EN)).contains("has 2 social-work rooms open on 2026-06-30 (RM-101201, RM-101201B)");
  }

  @Test
  void theDistrictNeedsOneCentre() {
    GuidanceCentre closed = ImmutableGuidanceCentre.copyOf(ServiceFixtures.centre())
        .withClosedOn(LocalDate.of(2026, 1, 1));
    Finding missing = only(closed);
    assertThat(missing.code().value()).isEqualTo("service.district.centre-missing");
    assertThat(missing.message(ZH)).isEqualTo("开州区（500154）在2026年6月30日没有运行中的社会工作指导中心；三级服务体系要求一县一中心");

    GuidanceCentre second = ImmutableGuidanceCentre.copyOf(ServiceFixtures.centre()).withId("GC-2");
    Finding twice = only(second);
    assertThat(twice.code().value()).isEqualTo("service.district.multiple-centres");
    assertThat(twice.message(EN)).contains("has 2 guidance centres open on 2026-06-30 (GC-2, GC-500154)");
  }

  @Test
  void aStationMustServeATownshipOfTheDistrictInForce() {
    DivisionCode unknown = DivisionCode.parse("500154103000");
    Object worker = ServiceFixtures.worker("SW-7", ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-103"), true);
    Finding finding = only(station("ST-103", unknown), worker);
    assertThat(finding.code().value()).isEqualTo("service.station.township-unknown");
    assertThat(finding.location().pointer().toString()).isEqualTo("/territoryCode");
    assertThat(finding.message(EN)).isEqualTo("Station ST-103 (满月镇社会工作服务站) serves 500154103000, which is not a"
        + " township of district 500154 in force on 2026-06-30");

    Township merged = ImmutableTownship.copyOf(Township.of(MANYUE, "满月镇")).withAbolished(LocalDate.of(2026, 1, 1));
    List<Object> records = with(merged);
    assertThat(codes(validate(records))).contains("service.station.township-unknown");
  }

  @Test
  void aRoomMustServeAVillageOfTheDistrictInForce() {
    Finding finding = only(ServiceFixtures.room("RM-101299", "无此村社工室", DivisionCode.parse("500154101299")));
    assertThat(finding.code().value()).isEqualTo("service.room.village-unknown");
    assertThat(finding.message(ZH)).isEqualTo(
        "社工室RM-101299（无此村社工室）服务500154101299，该代码在2026年6月30日不是500154区县现行的村（社区）");
  }

  @Test
  void aRoomNeedsAStationInItsTownship() {
    DivisionCode yiheVillage = DivisionCode.parse("500154102201");
    List<Object> records = new ArrayList<>(with(Township.of(YIHE, "义和镇"), Village.of(yiheVillage, "义和村"),
        ServiceFixtures.room("RM-102201", "义和村社工室", yiheVillage)));
    for (int i = 1; i <= 5; i++) {
      records.add(ServiceFixtures.filed("ORG-YH0" + i, yiheVillage)); // keeps the rural average at 5
    }
    assertThat(codes(validate(records)))
        .containsExactlyInAnyOrder("service.township.station-missing", "service.room.station-missing");
    Finding finding = validate(records).forCode("service.room.station-missing").get(0);
    assertThat(finding.message(EN)).isEqualTo(
        "Room RM-102201 (义和村社工室) has no social-work station open in its township 500154102000 on 2026-06-30");
    records.add(station("ST-102", YIHE));
    records.add(ServiceFixtures.worker("SW-8", ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-102"), true));
    assertThat(validate(records).findings()).isEmpty();
  }
}

package io.github.jiceng.governance.rules.service;

import static io.github.jiceng.governance.rules.service.ServiceFixtures.HANFENG_STATION;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.MANYUE_STATION;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.codes;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.only;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.validate;
import static io.github.jiceng.governance.rules.service.ServiceFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.service.FundingSource;
import io.github.jiceng.governance.core.service.ImmutablePremises;
import io.github.jiceng.governance.core.service.ImmutableSocialWorkStation;
import io.github.jiceng.governance.core.service.ServiceFunding;
import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Station staffing, equipment and funding against the (local) standards set as pack parameters. */
class StaffingRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  /** The dataset with 满月镇's station employing {@code headcount} workers of whom {@code certified} certified. */
  private static List<Object> manyueStaff(int headcount, int certified) {
    List<Object> records = new ArrayList<>(ServiceFixtures.dataset());
    records.removeIf(r -> r instanceof SocialWorker && ((SocialWorker) r).employer().equals(MANYUE_STATION));
    for (int i = 0; i < headcount; i++) {
      records.add(ServiceFixtures.worker("SW-M" + i, MANYUE_STATION, i < certified));
    }
    return records;
  }

  /** The codes of the findings on 满月镇's station. */
  private static Set<String> manyueCodes(RulePack pack, List<Object> records) {
    Subject manyue = Subject.of("social-work-station", MANYUE_STATION.id());
    return validate(pack, records).findings().stream().filter(f -> f.subject().equals(manyue))
        .map(f -> f.code().value()).collect(Collectors.toSet());
  }

  private static <T> RulePack packWith(io.github.jiceng.governance.rules.Parameter<T> parameter, T value) {
    return RulePack.builder("cn.chongqing.d500154.test", "1", "500154").parent(ServiceFixtures.kaizhou())
        .parameter(parameter, value, ValidityPeriod.always(), "test standard").build();
  }

  @Test
  void aStationWithoutACertifiedWorkerIsReported() {
    Finding finding = only(ServiceFixtures.worker("SW-4", MANYUE_STATION, false),
        ServiceFixtures.worker("SW-5", MANYUE_STATION, false));
    assertThat(finding.code().value()).isEqualTo("service.station.no-certified-worker");
    assertThat(finding.message(ZH)).isEqualTo("社工站ST-101（满月镇社会工作服务站）在2026年6月30日有社工2人，均未持证");
    assertThat(codes(validate(manyueStaff(3, 1)))).isEmpty();
    assertThat(codes(validate(manyueStaff(0, 0)))).containsExactly("service.station.no-certified-worker");
  }

  @Test
  void theStaffingStandardIsOffNationallyAndAParameterSwitchesItOn() {
    assertThat(validate(StandardPacks.national(), manyueStaff(1, 1)).findings()).isEmpty();
    Finding finding = validate(ServiceFixtures.example(), manyueStaff(1, 1)).findings().get(0);
    assertThat(finding.code().value()).isEqualTo("service.station.understaffed");
    assertThat(finding.message(EN)).isEqualTo(
        "Station ST-101 (满月镇社会工作服务站) employs 1 social workers on 2026-06-30, fewer than the standard of 2");
    qt().forAll(integers().between(0, 4), integers().between(0, 5)).checkAssert((minimum, headcount) -> {
      Set<String> codes = manyueCodes(packWith(StationUnderstaffedRule.MINIMUM, minimum),
          manyueStaff(headcount, headcount));
      assertThat(codes.contains("service.station.understaffed")).as("%d of minimum %d", headcount, minimum)
          .isEqualTo(minimum > 0 && headcount < minimum);
    });
  }

  @Test
  void theCertifiedShareIsComparedExactlyWithIntegers() {
    Finding finding = validate(ServiceFixtures.example(), manyueStaff(5, 2)).findings().get(0);
    assertThat(finding.code().value()).isEqualTo("service.station.certified-share-low");
    assertThat(finding.message(ZH)).isEqualTo(
        "社工站ST-101（满月镇社会工作服务站）在2026年6月30日有社工5人，其中持证2人，低于持证率标准60%");
    assertThat(codes(validate(ServiceFixtures.example(), manyueStaff(5, 3)))).as("3 of 5 is exactly 60%").isEmpty();
    // certified is drawn within the headcount (no assumption: rejecting 3 draws in 7 made QuickTheories give up on
    // rare seeds), with a fixed seed
    qt().withFixedSeed(20261126L).forAll(integers().between(0, 100), integers().between(1, 7), integers().between(0, 7))
        .checkAssert((percent, headcount, drawn) -> {
          int certified = drawn % (headcount + 1);
          Set<String> codes = manyueCodes(packWith(StationCertifiedShareRule.MINIMUM_PERCENT, percent),
              manyueStaff(headcount, certified));
          boolean meets = certified * 100 >= percent * headcount;
          assertThat(codes.contains("service.station.certified-share-low"))
              .as("%d of %d certified, standard %d%%", certified, headcount, percent)
              .isEqualTo(percent > 0 && !meets);
        });
  }

  @Test
  void equipmentIsJudgedOnlyWhenRecordedAndAStandardIsSet() {
    qt().forAll(integers().between(-1000, 1000)).checkAssert(cents -> {
      BigDecimal value = new BigDecimal("40000.00").add(BigDecimal.valueOf(cents, 2));
      SocialWorkStation station = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
          .withPremises(ImmutablePremises.copyOf(ServiceFixtures.manyueStation().premises().orElseThrow())
              .withEquipmentValue(value));
      assertThat(codes(validate(ServiceFixtures.example(), with(station)))
          .contains("service.station.equipment-below-standard")).as("%s yuan", value).isEqualTo(cents < 0);
      assertThat(validate(with(station)).findings()).as("off by default").isEmpty();
    });
    SocialWorkStation poor = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
        .withPremises(ImmutablePremises.copyOf(ServiceFixtures.manyueStation().premises().orElseThrow())
            .withEquipmentValue(new BigDecimal("12000")));
    Finding finding = only(ServiceFixtures.example(), poor);
    assertThat(finding.location().pointer().toString()).isEqualTo("/premises/equipmentValue");
    assertThat(finding.message(EN)).isEqualTo("Station ST-101 (满月镇社会工作服务站) records equipment worth 12000 yuan,"
        + " less than the standard of 40000 yuan");
    SocialWorkStation unrecorded = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
        .withPremises(ImmutablePremises.copyOf(ServiceFixtures.manyueStation().premises().orElseThrow())
            .withEquipmentValue(java.util.Optional.empty()));
    assertThat(validate(ServiceFixtures.example(), with(unrecorded)).findings()).isEmpty();
  }

  @Test
  void fundingIsJudgedOverTheLastCompleteYear() {
    assertThat(StationUnderfundedRule.lastCompleteYear(LocalDate.of(2026, 6, 30)).toString()).isEqualTo("2025");
    assertThat(StationUnderfundedRule.lastCompleteYear(LocalDate.of(2025, 12, 31)).toString()).isEqualTo("2025");
    assertThat(StationUnderfundedRule.lastCompleteYear(LocalDate.of(2026, 1, 1)).toString()).isEqualTo("2025");
    BigDecimal minimum = new BigDecimal("60000");
    RulePack pack = packWith(StationUnderfundedRule.MINIMUM, minimum);
    ServiceFunding hanfeng = funding("F-HF", HANFENG_STATION.id(), LocalDate.of(2025, 3, 1), "60000.00");
    qt().forAll(integers().between(-300, 300)).checkAssert(cents -> {
      BigDecimal total = minimum.add(BigDecimal.valueOf(cents, 2));
      BigDecimal first = new BigDecimal("10000.00");
      List<Object> records = with(hanfeng,
          funding("F-MY-A", MANYUE_STATION.id(), LocalDate.of(2025, 1, 1), first.toPlainString()),
          funding("F-MY-B", MANYUE_STATION.id(), LocalDate.of(2025, 12, 31), total.subtract(first).toPlainString()),
          funding("F-MY-C", MANYUE_STATION.id(), LocalDate.of(2026, 1, 1), "99999.00"));
      List<Finding> findings = validate(pack, records).findings();
      assertThat(findings.isEmpty()).as("%s yuan in 2025", total).isEqualTo(cents >= 0);
      findings.forEach(f -> assertThat(f.code().value()).isEqualTo("service.station.underfunded"));
    });
    Finding finding = validate(pack, with(hanfeng)).findings().get(0);
    assertThat(finding.message(ZH)).isEqualTo("社工站ST-101（满月镇社会工作服务站）2025年获得经费0元，低于标准60000元");
    SocialWorkStation newer = ImmutableSocialWorkStation.copyOf(ServiceFixtures.manyueStation())
        .withOpenedOn(LocalDate.of(2025, 1, 2));
    assertThat(validate(pack, with(hanfeng, newer)).forCode("service.station.underfunded"))
        .as("not open the whole year").isEmpty();
    assertThat(validate(with(hanfeng)).findings()).as("off by default").isEmpty();
  }

  private static ServiceFunding funding(String id, String unit, LocalDate date, String amount) {
    return ServiceFunding.builder().id(id).unitId(unit).date(date).amount(new BigDecimal(amount))
        .source(FundingSource.FISCAL_BUDGET).build();
  }
}

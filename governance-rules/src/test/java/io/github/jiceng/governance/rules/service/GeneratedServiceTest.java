package io.github.jiceng.governance.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.DistrictProfile;
import io.github.jiceng.governance.core.service.ProfileFigure;
import io.github.jiceng.governance.core.service.ReportingPeriod;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.DefectiveService;
import io.github.jiceng.governance.testkit.Generator;
import io.github.jiceng.governance.testkit.ServiceDataset;
import io.github.jiceng.governance.testkit.ServiceDefect;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The test kit's generated districts through the validator: clean ones, one planted defect each, and Kaizhou. */
class GeneratedServiceTest {
  private static final TerritoryShape SMALL = TerritoryShape.of(DivisionCode.parse("500154"));
  private static final RulePack KAIZHOU = StandardPacks.forJurisdiction("500154");
  /** The example standards plus a yearly funding minimum: every local standard on. */
  private static final RulePack LOCAL = RulePack.builder("cn.chongqing.d500154.local", "1", "500154")
      .parent(ServiceStandards.example(KAIZHOU))
      .parameter(StationUnderfundedRule.MINIMUM, ServiceGenerators.MINIMUM_ANNUAL_FUNDING, ValidityPeriod.always(),
          "test: the generators' yearly minimum")
      .build();

  private static <T> Gen<T> seeded(Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }

  private static ValidationReport validate(RulePack pack, ServiceDataset data) {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    List<Object> records = data.records();
    return Validator.builder(pack).lookup(ServiceLookup.of(records))
        .clock(Clock.fixed(data.day().atStartOfDay(china).toInstant(), china)).rethrowRuleFailures(true).build()
        .validate(records);
  }

  @Test
  void generatedDistrictsHaveNoFindingsUnderAnyPack() {
    qt().withExamples(15).forAll(seeded(ServiceGenerators.datasets(SMALL))).checkAssert(data -> {
      assertThat(validate(StandardPacks.national(), data).findings()).as(data.toString()).isEmpty();
      assertThat(validate(KAIZHOU, data).findings()).isEmpty();
      assertThat(validate(LOCAL, data).findings()).isEmpty();
    });
  }

  @Test
  void aKaizhouLikeDistrictOf40TownshipsAndSeveralHundredVillages() {
    ServiceDataset data = ServiceGenerators.datasets(TerritoryShape.kaizhouLike()).sample(42L, 1).get(0);
    ServiceSystem system = data.system();
    ReportingPeriod year = ReportingPeriod.of(data.day().withDayOfYear(1), data.day().plusDays(1));
    assertThat(system.territoryOn(data.day()).townships()).hasSize(40);
    assertThat(system.territoryOn(data.day()).villages().size()).isBetween(320, 800);
    assertThat(validate(LOCAL, data).findings()).isEmpty();
    IndicatorValue coverage = ServiceIndicators.STATION_COVERAGE.compute(system, system.district(), year);
    assertThat(coverage.numerator()).isEqualByComparingTo("40");
    assertThat(coverage.value().orElseThrow()).isEqualByComparingTo("100");
    assertThat(ServiceIndicators.byLevel(system, ServiceIndicators.ROOM_COVERAGE, DivisionLevel.TOWNSHIP, year))
        .hasSize(40).allSatisfy(v -> assertThat(v.isDefined()).isTrue());
    IndicatorValue share = ServiceIndicators.CERTIFIED_SHARE.compute(system, system.district(), year);
    assertThat(share.satisfies(ComparisonOperator.AT_LEAST, java.math.BigDecimal.valueOf(60))).isTrue();
    IndicatorValue urban = ServiceIndicators.ORGANISATIONS_PER_URBAN_COMMUNITY.compute(system, system.district(),
        year);
    assertThat(urban.value().orElseThrow()).isEqualByComparingTo("10");
  }

  @Test
  void eachPlantedDefectGivesExactlyItsFindingOnItsSubject() {
    qt().withExamples(120).forAll(seeded(ServiceGenerators.defective(SMALL))).checkAssert(broken -> {
      ServiceDefect defect = broken.defect();
      List<Finding> standard = validate(KAIZHOU, broken.dataset()).findings();
      if (defect.isLocalStandard()) {
        assertThat(standard).as(broken.description()).isEmpty();
      }
      List<Finding> findings = defect.isLocalStandard() ? validate(LOCAL, broken.dataset()).findings() : standard;
      assertThat(findings).as(broken.description()).singleElement().satisfies(f -> {
        assertThat(f.code().value()).isEqualTo(defect.ruleId());
        assertThat(f.subject()).isEqualTo(Subject.of(broken.subjectType(), broken.subjectId()));
      });
    });
  }

  @Test
  void everyServiceRuleHasADefectThatTriggersIt() {
    for (ServiceDefect defect : ServiceDefect.values()) {
      DefectiveService broken = ServiceGenerators.defective(TerritoryShape.kaizhouLike(), defect).sample(5L, 1).get(0);
      List<Finding> findings = validate(defect.isLocalStandard() ? LOCAL : KAIZHOU, broken.dataset()).findings();
      assertThat(findings).as(broken.description()).extracting(f -> f.code().value())
          .containsExactly(defect.ruleId());
    }
    Set<String> covered = java.util.Arrays.stream(ServiceDefect.values()).map(ServiceDefect::ruleId)
        .collect(Collectors.toSet());
    Set<String> ruleIds = ServiceRules.all().stream().map(r -> RuleDescriptor.of(r).id().value())
        .collect(Collectors.toSet());
    assertThat(covered).isEqualTo(ruleIds);
  }

  @Test
  void theKaizhouFiguresAreReproducedAsADistrictProfile() {
    DistrictProfile article = ServiceGenerators.kaizhouArticleProfile();
    ServiceDataset kaizhou = ServiceGenerators.kaizhou().sample(2022L, 1).get(0);
    DistrictProfile computed = DistrictProfile.of(kaizhou.system(), ReportingPeriod.year(2022));
    assertThat(computed.figures()).containsAllEntriesOf(article.figures());
    assertThat(article.figures()).containsEntry(ProfileFigure.STATIONS, 40L)
        .containsEntry(ProfileFigure.CERTIFIED_SOCIAL_WORKERS, 289L).containsEntry(ProfileFigure.PEOPLE_TRAINED, 500L)
        .containsEntry(ProfileFigure.ORGANISATIONS_ENGAGED, 447L)
        .containsEntry(ProfileFigure.ELDERLY_CARE_FACILITIES, 619L)
        .containsEntry(ProfileFigure.CHILDREN_SERVICE_STATIONS, 535L).containsEntry(ProfileFigure.INCUBATION_BASES, 1L)
        .containsEntry(ProfileFigure.FUNERAL_FACILITIES, 14L);
    assertThat(computed.figure(ProfileFigure.TOWNSHIPS_WITH_STATION)).contains(40L);
    assertThat(computed.changeSince(article).values()).containsOnly(0L);
    // 447 organisations for several hundred communities are far below the 2017 averages: the only findings
    Set<String> codes = validate(KAIZHOU, kaizhou).findings().stream().map(f -> f.code().value())
        .collect(Collectors.toSet());
    assertThat(codes).containsExactly("service.district.organisations-below-target");
    assertThat(kaizhou.stations()).anySatisfy(s -> assertThat(s.name()).isEqualTo("满月镇社会工作服务站"));
  }
}

package io.github.jiceng.governance.rules.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.DefectiveTerritory;
import io.github.jiceng.governance.testkit.TerritoryDefect;
import io.github.jiceng.governance.testkit.TerritoryGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class TerritoryRulesTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final TerritoryShape SMALL = TerritoryShape.of(KAIZHOU)
      .withTownships(2, 2, 1).withVillagesPerTownship(1, 6).withHistory(true);

  private static <T> Gen<T> seeded(io.github.jiceng.governance.testkit.Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }

  private static ValidationReport validate(RulePack pack, Territory territory) {
    Validator validator = Validator.builder(pack)
        .lookup(RecordLookup.ofRecords(territory.units()))
        .rethrowRuleFailures(true)
        .build();
    return validator.validate(territory.units());
  }

  @Test
  void consistentTerritoriesHaveNoFindings() {
    qt().withExamples(60).forAll(seeded(TerritoryGenerators.territories(SMALL))).checkAssert(territory -> {
      ValidationReport report = validate(StandardPacks.forJurisdiction("500154"), territory);
      assertThat(report.findings()).isEmpty();
      assertThat(report.recordCount()).isEqualTo(territory.size());
    });
  }

  @Test
  void eachGeneratedDefectYieldsExactlyItsFindingOnItsSubject() {
    qt().withExamples(120).forAll(seeded(TerritoryGenerators.defective(SMALL))).checkAssert(defective -> {
      ValidationReport report = validate(StandardPacks.national(), defective.territory());
      Subject subject = Subject.of(defective.subject().level() == DivisionLevel.VILLAGE ? "village" : "township",
          defective.subject().code().value());

      assertThat(codes(report.findings())).as(defective.description()).containsExactly(expectedCode(defective));
      assertThat(report.findings()).allSatisfy(f -> assertThat(f.subject()).isEqualTo(subject));
    });
  }

  private static String expectedCode(DefectiveTerritory defective) {
    switch (defective.defect()) {
      case VILLAGE_PARENT_MISMATCH:
        return "territory.village.parent-mismatch";
      case VILLAGE_KIND_MISMATCH:
        return "territory.village.kind-mismatch";
      default:
        return "territory.unit.parent-missing";
    }
  }

  @Test
  void aDistrictPackAlsoReportsAUnitOfAnotherDistrict() {
    qt().withExamples(40)
        .forAll(seeded(TerritoryGenerators.defective(SMALL, TerritoryDefect.MISSING_PARENT)))
        .checkAssert(defective -> {
          ValidationReport report = validate(StandardPacks.forJurisdiction("500154"), defective.territory());
          boolean otherDistrict = !KAIZHOU.contains(defective.subject().code());
          assertThat(codes(report.findings())).as(defective.description()).isEqualTo(otherDistrict
              ? Set.of("territory.unit.parent-missing", "territory.unit.outside-jurisdiction")
              : Set.of("territory.unit.parent-missing"));
        });
  }

  @Test
  void villageWithAWrongTownshipIsReportedWithBothCodesInBothLanguages() {
    Village jinzhou = ImmutableVillage.copyOf(Village.of(DivisionCode.parse("500154001001"), "金州社区"))
        .withTownshipCode(DivisionCode.parse("500154002000"));

    List<Finding> findings = Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build()
        .validate(jinzhou).findings();

    assertThat(findings).singleElement().satisfies(finding -> {
      assertThat(finding.code().value()).isEqualTo("territory.village.parent-mismatch");
      assertThat(finding.severity()).isEqualTo(Severity.ERROR);
      assertThat(finding.subject()).isEqualTo(Subject.of("village", "500154001001"));
      assertThat(finding.location().pointer().toString()).isEqualTo("/townshipCode");
      assertThat(finding.message(Locale.SIMPLIFIED_CHINESE))
          .isEqualTo("金州社区（500154001001）填报的所属乡镇为500154002000，但其代码属于乡镇500154001000");
      assertThat(finding.message(Locale.ENGLISH)).contains("states township 500154002000")
          .contains("lies under township 500154001000");
      assertThat(finding.attribute("statedTownship")).contains("500154002000");
      assertThat(finding.attribute("codeTownship")).contains("500154001000");
      assertThat(finding.legalBases()).isNotEmpty();
      assertThat(finding.packId()).contains("cn");
    });
  }

  @Test
  void townshipRulesCompareTheStatedDistrictAndKindWithTheCode() {
    Township manyue = Township.of(DivisionCode.parse("500154101000"), "满月镇");
    Township wrong = ImmutableTownship.copyOf(manyue)
        .withDistrictCode(DivisionCode.parse("500155"))
        .withKind(TownshipKind.STREET);

    ValidationReport report = Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build()
        .validate(List.of(manyue, wrong));

    assertThat(codes(report.findings()))
        .containsExactlyInAnyOrder("territory.township.parent-mismatch", "territory.township.kind-mismatch");
    assertThat(report.forCode("territory.township.kind-mismatch")).singleElement()
        .satisfies(f -> assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("登记为街道").contains("镇代码段"));
    assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
  }

  @Test
  void kindMismatchIsNotReportedForUndefinedRangesWhichHaveTheirOwnWarning() {
    Village virtual = ImmutableVillage.copyOf(Village.of(DivisionCode.parse("500154001498"), "虚拟社区"))
        .withKind(VillageKind.COMMUNITY);

    List<Finding> findings = Validator.builder(StandardPacks.national()).rethrowRuleFailures(true).build()
        .validate(virtual).findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("territory.unit.code-range-undefined");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("村级代码不在");
      assertThat(f.message(Locale.ENGLISH)).contains("the village digits");
    });
  }

  @Test
  void parentMissingNeedsALookupThatCoversTheParentType() {
    Village orphan = Village.of(DivisionCode.parse("500154101201"), "顶星村");
    District kaizhou = District.of(KAIZHOU, "开州区", DistrictKind.DISTRICT);
    Validator.Builder builder = Validator.builder(StandardPacks.national()).rethrowRuleFailures(true);

    assertThat(builder.build().validate(orphan).findings()).as("no lookup: nothing known about townships").isEmpty();
    assertThat(builder.lookup(RecordLookup.ofRecords(List.of(kaizhou, orphan))).build().validate(orphan).findings())
        .as("no township in the dataset at all").isEmpty();
    Township other = Township.of(DivisionCode.parse("500154102000"), "义和镇");
    assertThat(codes(builder.lookup(RecordLookup.ofRecords(List.of(kaizhou, other, orphan))).build()
        .validate(orphan).findings())).containsExactly("territory.unit.parent-missing");
  }

  private static Set<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).collect(Collectors.toSet());
  }
}

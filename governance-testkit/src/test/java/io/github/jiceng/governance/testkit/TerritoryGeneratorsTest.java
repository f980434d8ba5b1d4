package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TerritoryGeneratorsTest {
  private static final int EXAMPLES = 150;
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");

  /** A small random shape; capable shapes have 2+ township-level units and 1+ village per township. */
  private static TerritoryShape shape(long seed, boolean capable) {
    SplittableRandom random = new SplittableRandom(seed);
    int streets = random.nextInt(4);
    int towns = random.nextInt(4) + (capable ? 1 : 0);
    int townships = random.nextInt(3) + (capable ? 1 : 0);
    int min = random.nextInt(4) + (capable ? 1 : 0);
    DivisionCode district = DivisionCode.parse(String.format("5001%02d", 1 + random.nextInt(99)));
    return TerritoryShape.of(district).withTownships(streets, towns, townships)
        .withVillagesPerTownship(min, min + random.nextInt(8)).withHistory(random.nextBoolean());
  }

  @Test
  void generatedTerritoriesAreConsistentAndHaveTheShape() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((shapeSeed, seed) -> {
      TerritoryShape shape = shape(shapeSeed, false);
      Territory territory = TerritoryGenerators.territories(shape).generate(new SplittableRandom(seed));
      List<TerritorialUnit> units = territory.units();

      assertThat(TerritoryChecker.problems(units)).isEmpty();
      assertThat(territory.districts()).singleElement()
          .satisfies(district -> assertThat(district.code()).isEqualTo(shape.districtCode()));
      Map<TownshipKind, Long> kinds = territory.townships().stream()
          .collect(Collectors.groupingBy(Township::kind, Collectors.counting()));
      assertThat(kinds.getOrDefault(TownshipKind.STREET, 0L)).isEqualTo(shape.streets());
      assertThat(kinds.getOrDefault(TownshipKind.TOWN, 0L)).isEqualTo(shape.towns());
      assertThat(kinds.getOrDefault(TownshipKind.TOWNSHIP, 0L)).isEqualTo(shape.townships());
      for (Township township : territory.townships()) {
        long codes = territory.children(township.code()).stream().map(TerritorialUnit::code).distinct().count();
        assertThat(codes).isBetween((long) shape.minVillagesPerTownship(), (long) shape.maxVillagesPerTownship());
        assertThat(township.name()).endsWith(township.kind() == TownshipKind.STREET ? "街道"
            : township.kind() == TownshipKind.TOWN ? "镇" : "乡");
      }
      for (Village village : territory.villages()) {
        assertThat(village.name()).endsWith(village.kind() == VillageKind.COMMUNITY ? "社区" : "村");
        assertThat(village.urbanRuralClass()).isPresent();
        if (!shape.hasHistory()) {
          assertThat(village.established()).isEmpty();
          assertThat(village.abolished()).isEmpty();
        }
        village.established().ifPresent(day -> assertThat(day).isBetween(LocalDate.of(2000, 1, 1),
            LocalDate.of(2024, 12, 31)));
        village.abolished().ifPresent(day -> assertThat(day).isBetween(LocalDate.of(2000, 1, 1),
            LocalDate.of(2024, 12, 31)));
      }
    });
  }

  @Test
  void eachDefectiveTerritoryHasExactlyTheStatedDefect() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((shapeSeed, seed) -> {
      TerritoryShape shape = shape(shapeSeed, true);
      for (TerritoryDefect defect : TerritoryDefect.values()) {
        DefectiveTerritory defective = TerritoryGenerators.defective(shape, defect)
            .generate(new SplittableRandom(seed));

        assertThat(defective.defect()).isEqualTo(defect);
        assertThat(TerritoryChecker.problems(defective.territory().units()))
            .containsExactly(new TerritoryChecker.Problem(defect.name(), defective.subject()));
        assertThat(defective.description()).contains(defective.subject().code().value())
            .contains(defective.subject().name());
      }
    });
  }

  @Test
  void withoutTheSubjectAMissingParentTerritoryIsConsistent() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((shapeSeed, seed) -> {
      DefectiveTerritory defective = TerritoryGenerators.defective(shape(shapeSeed, false),
          TerritoryDefect.MISSING_PARENT).generate(new SplittableRandom(seed));
      List<TerritorialUnit> rest = new ArrayList<>(defective.territory().units());
      rest.remove(defective.subject());

      assertThat(TerritoryChecker.problems(rest)).isEmpty();
      assertThat(defective.territory().find(defective.subject().parentCode().orElseThrow())).isEmpty();
    });
  }

  @Test
  void anyDefectGeneratorUsesOnlyTheDefectsTheShapeCanCarry() {
    TerritoryShape noVillages = TerritoryShape.of(KAIZHOU).withVillagesPerTownship(0, 0);

    assertThat(TerritoryGenerators.defective(noVillages).sample(3L, 20))
        .allSatisfy(defective -> assertThat(defective.defect()).isEqualTo(TerritoryDefect.MISSING_PARENT));
    assertThat(TerritoryGenerators.defective(TerritoryShape.kaizhouLike()).sample(3L, 60))
        .extracting(DefectiveTerritory::defect).containsOnly(TerritoryDefect.values());
  }

  @Test
  void theSameSeedGivesTheSameTerritory() {
    Generator<Territory> kaizhou = TerritoryGenerators.territories(TerritoryShape.kaizhouLike().withHistory(true));

    assertThat(kaizhou.sample(42L, 2)).isEqualTo(kaizhou.sample(42L, 2));
    assertThat(kaizhou.sample(42L, 1)).isNotEqualTo(kaizhou.sample(43L, 1));
    assertThat(TerritoryGenerators.defective(TerritoryShape.kaizhouLike()).sample(5L, 3))
        .isEqualTo(TerritoryGenerators.defective(TerritoryShape.kaizhouLike()).sample(5L, 3));
  }

  @Test
  void aKaizhouLikeTerritoryHasFortyTownshipLevelUnits() {
    Territory kaizhou = TerritoryGenerators.territories(TerritoryShape.kaizhouLike()).sample(1L, 1).get(0);

    assertThat(kaizhou.townships()).hasSize(40);
    assertThat(kaizhou.children(KAIZHOU)).hasSize(40);
    assertThat(kaizhou.villages().size()).isBetween(40 * 8, 40 * 20);
    assertThat(kaizhou.units(DivisionLevel.VILLAGE)).hasSameSizeAs(kaizhou.descendants(KAIZHOU)
        .stream().filter(unit -> unit.level() == DivisionLevel.VILLAGE).collect(Collectors.toList()));
    assertThat(kaizhou.toString()).startsWith("Territory[1 district, 40 townships, ");
  }

  @Test
  void shapesThatCannotCarryADefectAreRejected() {
    TerritoryShape oneTownship = TerritoryShape.of(KAIZHOU).withTownships(0, 1, 0);

    assertThatThrownBy(() -> TerritoryGenerators.defective(oneTownship, TerritoryDefect.VILLAGE_PARENT_MISMATCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 township-level units");
    assertThatThrownBy(() -> TerritoryGenerators.defective(oneTownship.withVillagesPerTownship(0, 3),
        TerritoryDefect.VILLAGE_KIND_MISMATCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 village per township");
  }

  @Test
  void shapeArgumentsAreChecked() {
    assertThatThrownBy(() -> TerritoryShape.of(DivisionCode.parse("500154001000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("500154001000")
        .hasMessageContaining("county-level");
    assertThatThrownBy(() -> TerritoryShape.of(KAIZHOU).withTownships(100, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streets must be 0 to 99")
        .hasMessageContaining(": 100");
    assertThatThrownBy(() -> TerritoryShape.of(KAIZHOU).withVillagesPerTownship(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maximum villages per township must be 5 to 199");
    assertThat(TerritoryShape.kaizhouLike().toString())
        .isEqualTo("TerritoryShape[500154: 7 streets, 26 towns, 7 townships, 8-20 villages each]");
  }

  @Test
  void theLargestShapeFitsTheCodeRanges() {
    TerritoryShape largest = TerritoryShape.of(KAIZHOU).withTownships(99, 100, 100)
        .withVillagesPerTownship(TerritoryShape.MAX_VILLAGES_PER_TOWNSHIP, TerritoryShape.MAX_VILLAGES_PER_TOWNSHIP);

    DefectiveTerritory defective = TerritoryGenerators.defective(largest, TerritoryDefect.MISSING_PARENT)
        .sample(11L, 1).get(0);

    assertThat(defective.territory().children(KAIZHOU)).hasSize(299);
    assertThat(TerritoryChecker.problems(defective.territory().units()))
        .containsExactly(new TerritoryChecker.Problem("MISSING_PARENT", defective.subject()));
  }
}

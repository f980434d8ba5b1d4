package io.github.jiceng.governance.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Territory} on random unit lists, checked against plain scans of the list.
 */
class TerritoryPropertiesTest {
  private static final int EXAMPLES = 300;

  @Test
  void everyVillagesTownshipIsTheUnitWhoseCodeIsItsCodesParent() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      Territory territory = Territory.of(units);
      for (Village village : territory.villages()) {
        DivisionCode parent = village.code().parent().orElseThrow();
        Optional<TerritorialUnit> expected = latestWithCode(units, parent);
        assertThat(territory.townshipOf(village)).map(TerritorialUnit.class::cast).isEqualTo(expected);
        assertThat(territory.townshipOf(village).map(TerritorialUnit::code)).isIn(Optional.empty(),
            Optional.of(parent));
      }
    });
  }

  @Test
  void everyUnitsDistrictIsTheUnitWithItsCountyCode() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      Territory territory = Territory.of(units);
      for (TerritorialUnit unit : units) {
        DivisionCode county = DivisionCode.parse(unit.code().gbCode());
        assertThat(territory.districtOf(unit)).map(TerritorialUnit.class::cast)
            .isEqualTo(latestWithCode(units, county));
      }
    });
  }

  @Test
  void withoutGapsChildrenPartitionDescendants() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed, false);
      Territory territory = Territory.of(units);
      for (DivisionCode code : codesAndParents(units)) {
        List<TerritorialUnit> descendants = territory.descendants(code);
        List<TerritorialUnit> children = territory.children(code);
        List<TerritorialUnit> union = new ArrayList<>(children);
        children.stream().map(TerritorialUnit::code).distinct()
            .forEach(child -> union.addAll(territory.descendants(child)));

        assertThat(descendants).containsAll(children);
        assertThat(union).as("children and their descendants under %s", code)
            .containsExactlyInAnyOrderElementsOf(descendants);
      }
    });
  }

  @Test
  void descendantsAreTheUnitsUnderTheCodeAndChildrenCoverThoseWithAnIntermediateUnit() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      Territory territory = Territory.of(units);
      Set<DivisionCode> present = units.stream().map(TerritorialUnit::code).collect(Collectors.toSet());
      for (DivisionCode code : codesAndParents(units)) {
        List<TerritorialUnit> descendants = territory.descendants(code);
        List<TerritorialUnit> children = territory.children(code);

        assertThat(descendants).containsExactlyInAnyOrderElementsOf(
            units.stream().filter(unit -> code.isAncestorOf(unit.code())).collect(Collectors.toList()));
        assertThat(descendants).isSortedAccordingTo(Comparator.comparing(TerritorialUnit::code));
        assertThat(children).isSortedAccordingTo(Comparator.comparing(TerritorialUnit::code));
        assertThat(children).allSatisfy(child -> assertThat(child.code().parent()).contains(code));
        assertThat(descendants).containsAll(children);
        Set<DivisionCode> childCodes = children.stream().map(TerritorialUnit::code).collect(Collectors.toSet());
        for (TerritorialUnit descendant : descendants) {
          DivisionCode oneBelow = descendant.code().ancestorAt(DivisionLevel.values()[code.level().ordinal() + 1]);
          long containing = childCodes.stream().filter(child -> child.contains(descendant.code())).count();
          assertThat(containing).as("children containing %s under %s", descendant.code(), code)
              .isEqualTo(present.contains(oneBelow) ? 1 : 0);
        }
      }
    });
  }

  @Test
  void asOfKeepsExactlyTheUnitsInForce() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((seed, daySeed) -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      LocalDate day = RandomTerritories.someDay(daySeed, units);
      Territory snapshot = Territory.of(units).asOf(day);

      List<TerritorialUnit> expected = units.stream()
          .filter(unit -> unit.established().map(start -> start.compareTo(day) <= 0).orElse(true))
          .filter(unit -> unit.abolished().map(end -> end.compareTo(day) > 0).orElse(true))
          .collect(Collectors.toList());
      assertThat(snapshot.units()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(snapshot.units()).noneMatch(unit -> unit.abolished().filter(end -> !end.isAfter(day)).isPresent());
      assertThat(snapshot.units().stream().map(TerritorialUnit::code).distinct().count())
          .isEqualTo(snapshot.size());
    });
  }

  @Test
  void buildingIsOrderIndependent() {
    qt().withExamples(EXAMPLES).forAll(longs().all(), longs().all()).checkAssert((seed, shuffleSeed) -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      List<TerritorialUnit> shuffled = new ArrayList<>(units);
      Collections.shuffle(shuffled, new Random(shuffleSeed));

      Territory territory = Territory.of(units);
      Territory fromShuffled = Territory.of(shuffled);

      assertThat(fromShuffled).isEqualTo(territory).hasSameHashCodeAs(territory);
      assertThat(fromShuffled.units()).containsExactlyElementsOf(territory.units());
      assertThat(fromShuffled.units()).containsExactlyInAnyOrderElementsOf(units);
      for (DivisionLevel level : DivisionLevel.values()) {
        assertThat(fromShuffled.units(level)).containsExactlyElementsOf(territory.units(level));
      }
    });
  }

  @Test
  void aSecondUnitWithAnOverlappingPeriodIsRejected() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      List<TerritorialUnit> units = RandomTerritories.units(seed);
      Optional<Village> anyVillage = units.stream().filter(Village.class::isInstance).map(Village.class::cast)
          .filter(village -> village.abolished().isEmpty()).findFirst();
      anyVillage.ifPresent(village -> {
        Village duplicate = ImmutableVillage.copyOf(village).withName("重复村")
            .withEstablished(village.established().map(day -> day.plusDays(1)).orElse(LocalDate.of(2000, 1, 1)))
            .withAbolished(Optional.empty());
        List<TerritorialUnit> withDuplicate = new ArrayList<>(units);
        withDuplicate.add(duplicate);

        assertThatThrownBy(() -> Territory.of(withDuplicate))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(village.code().toString())
            .hasMessageContaining("'" + village.name() + "'")
            .hasMessageContaining("'重复村'");
      });
    });
  }

  /** The codes of the units and their parents' codes (which may be missing from the units). */
  private static Set<DivisionCode> codesAndParents(List<TerritorialUnit> units) {
    Set<DivisionCode> codes = new TreeSet<>();
    units.forEach(unit -> {
      codes.add(unit.code());
      unit.code().parent().ifPresent(codes::add);
    });
    return codes;
  }

  private static Optional<TerritorialUnit> latestWithCode(List<TerritorialUnit> units, DivisionCode code) {
    return units.stream().filter(unit -> unit.code().equals(code))
        .max(Comparator.comparing(unit -> unit.established().orElse(LocalDate.MIN)));
  }
}

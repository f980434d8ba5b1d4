package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Seeded generators of synthetic district territories (区划数据): consistent ones, and ones with exactly one
 * deliberate defect for rule tests. Names are illustrative Chinese names; codes follow the ranges of the statistical
 * division code (streets 001-099, towns 100-199, townships 200-299; communities 001-199, villages 200-399).
 *
 * <p>A consistent territory has one {@link District} without dates, the shape's numbers of streets, towns and
 * townships (without dates), and under each of them between the shape's minimum and maximum of village-level codes.
 * Every stated parent is its code's parent and exists, and every kind agrees with its code. With {@link
 * TerritoryShape#withHistory history}, a village-level code may be abolished, established after 2000 or renamed (two
 * versions of one code), all between 2000-01-01 and 2024-12-31.
 *
 * <pre>{@code
 * Territory kaizhou = TerritoryGenerators.territories(TerritoryShape.kaizhouLike()).sample(42L, 1).get(0);
 * DefectiveTerritory broken = TerritoryGenerators
 *     .defective(TerritoryShape.kaizhouLike(), TerritoryDefect.VILLAGE_PARENT_MISMATCH).sample(7L, 1).get(0);
 * }</pre>
 */
public final class TerritoryGenerators {
  private static final LocalDate HISTORY_START = LocalDate.of(2000, 1, 1);
  private static final int HISTORY_DAYS = 9131; // 2000-01-01 to 2024-12-31 inclusive

  private TerritoryGenerators() {
  }

  /**
   * Returns a generator of consistent territories of a shape.
   *
   * @param shape the shape, not null
   * @return the generator
   * @throws NullPointerException if {@code shape} is null
   */
  public static Generator<Territory> territories(TerritoryShape shape) {
    Objects.requireNonNull(shape, "shape");
    return random -> Territory.of(consistentUnits(shape, random));
  }

  /**
   * Returns a generator of territories of a shape with exactly one defect of a kind.
   *
   * @param shape the shape, not null; at least one village per township for the village defects, and at least two
   *     township-level units for {@link TerritoryDefect#VILLAGE_PARENT_MISMATCH}
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the shape cannot carry the defect
   * @throws NullPointerException if an argument is null
   */
  public static Generator<DefectiveTerritory> defective(TerritoryShape shape, TerritoryDefect defect) {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(defect, "defect");
    requireCapable(shape, defect);
    return random -> withDefect(consistentUnits(shape, random), shape, defect, random);
  }

  /**
   * Returns a generator of territories with exactly one defect, of any kind the shape can carry.
   *
   * @param shape the shape, not null
   * @return the generator
   * @throws NullPointerException if {@code shape} is null
   */
  public static Generator<DefectiveTerritory> defective(TerritoryShape shape) {
    Objects.requireNonNull(shape, "shape");
    List<TerritoryDefect> possible = new ArrayList<>();
    for (TerritoryDefect defect : TerritoryDefect.values()) {
      if (capabilityProblem(shape, defect).isEmpty()) {
        possible.add(defect);
      }
    }
    return random -> {
      TerritoryDefect defect = possible.get(random.nextInt(possible.size()));
      return withDefect(consistentUnits(shape, random), shape, defect, random);
    };
  }

  private static void requireCapable(TerritoryShape shape, TerritoryDefect defect) {
    String problem = capabilityProblem(shape, defect);
    if (!problem.isEmpty()) {
      throw new IllegalArgumentException("cannot generate " + defect + " with " + shape + ": " + problem);
    }
  }

  private static String capabilityProblem(TerritoryShape shape, TerritoryDefect defect) {
    switch (defect) {
      case VILLAGE_PARENT_MISMATCH:
        if (shape.townshipLevelUnits() < 2) {
          return "it needs at least 2 township-level units";
        }
        return shape.minVillagesPerTownship() < 1 ? "it needs at least 1 village per township" : "";
      case VILLAGE_KIND_MISMATCH:
        if (shape.townshipLevelUnits() < 1) {
          return "it needs at least 1 township-level unit";
        }
        return shape.minVillagesPerTownship() < 1 ? "it needs at least 1 village per township" : "";
      default:
        return "";
    }
  }

  private static List<TerritorialUnit> consistentUnits(TerritoryShape shape, SplittableRandom random) {
    PlaceNames names = new PlaceNames(random);
    DivisionCode district = shape.districtCode();
    List<TerritorialUnit> units = new ArrayList<>();
    units.add(District.of(district, names.next("区"), DistrictKind.DISTRICT));
    List<Integer> townshipDigits = new ArrayList<>();
    townshipDigits.addAll(spreadNumbers(random, shape.streets(), 1, 99));
    townshipDigits.addAll(spreadNumbers(random, shape.towns(), 100, 199));
    townshipDigits.addAll(spreadNumbers(random, shape.townships(), 200, 299));
    for (int digits : townshipDigits) {
      DivisionCode code = DivisionCode.parse(district.gbCode() + String.format("%03d000", digits));
      TownshipKind kind = code.townshipKind().orElseThrow();
      units.add(Township.of(code, names.next(suffix(kind))));
      int villages = shape.minVillagesPerTownship()
          + random.nextInt(shape.maxVillagesPerTownship() - shape.minVillagesPerTownship() + 1);
      int communities = communities(random, kind, villages);
      for (int number : spreadNumbers(random, communities, 1, 199)) {
        units.addAll(village(shape, random, names, code, number, kind));
      }
      for (int number : spreadNumbers(random, villages - communities, 200, 399)) {
        units.addAll(village(shape, random, names, code, number, kind));
      }
    }
    return units;
  }

  /** Returns {@code count} distinct sorted numbers from {@code first..last}, spread with small gaps. */
  private static List<Integer> spreadNumbers(SplittableRandom random, int count, int first, int last) {
    int span = Math.min(last - first + 1, Math.max(count, count * 3 / 2));
    Set<Integer> chosen = new TreeSet<>();
    while (chosen.size() < count) {
      chosen.add(first + random.nextInt(span));
    }
    return new ArrayList<>(chosen);
  }

  private static String suffix(TownshipKind kind) {
    switch (kind) {
      case STREET:
        return "街道";
      case TOWN:
        return "镇";
      default:
        return "乡";
    }
  }

  /** How many of a township's village-level units are communities: most in a street, few in a town or township. */
  private static int communities(SplittableRandom random, TownshipKind kind, int units) {
    switch (kind) {
      case STREET:
        return units - random.nextInt(units / 4 + 1);
      case TOWN:
        return Math.min(units, 1 + random.nextInt(units / 4 + 1));
      default:
        return Math.min(units, random.nextInt(2));
    }
  }

  private static List<TerritorialUnit> village(TerritoryShape shape, SplittableRandom random, PlaceNames names,
      DivisionCode township, int number, TownshipKind townshipKind) {
    DivisionCode code = DivisionCode.parse(township.value().substring(0, 9) + String.format("%03d", number));
    VillageKind kind = code.villageKind().orElseThrow();
    ImmutableVillage village = ImmutableVillage.copyOf(Village.of(code, names.next(suffix(kind))))
        .withUrbanRuralClass(urbanRuralClass(random, townshipKind, kind));
    if (!shape.hasHistory()) {
      return List.of(village);
    }
    int event = random.nextInt(20);
    LocalDate day = HISTORY_START.plusDays(random.nextInt(HISTORY_DAYS));
    if (event < 2) {
      return List.of(village.withAbolished(day));
    } else if (event < 3) {
      return List.of(village.withEstablished(day));
    } else if (event < 4) {
      return List.of(village.withName(names.next(suffix(kind))).withAbolished(day), village.withEstablished(day));
    }
    return List.of(village);
  }

  private static String suffix(VillageKind kind) {
    return kind == VillageKind.COMMUNITY ? "社区" : "村";
  }

  private static UrbanRuralClass urbanRuralClass(SplittableRandom random, TownshipKind township, VillageKind kind) {
    if (kind == VillageKind.VILLAGE) {
      return UrbanRuralClass.VILLAGE;
    }
    switch (township) {
      case STREET:
        return random.nextInt(4) == 0 ? UrbanRuralClass.URBAN_RURAL_FRINGE : UrbanRuralClass.MAIN_URBAN_AREA;
      case TOWN:
        return random.nextInt(4) == 0 ? UrbanRuralClass.TOWN_RURAL_FRINGE : UrbanRuralClass.TOWN_CENTRE;
      default:
        return UrbanRuralClass.TOWNSHIP_CENTRE;
    }
  }

  private static DefectiveTerritory withDefect(List<TerritorialUnit> units, TerritoryShape shape,
      TerritoryDefect defect, SplittableRandom random) {
    switch (defect) {
      case VILLAGE_PARENT_MISMATCH:
        return parentMismatch(units, random);
      case VILLAGE_KIND_MISMATCH:
        return kindMismatch(units, random);
      default:
        return missingParent(units, shape, random);
    }
  }

  private static DefectiveTerritory parentMismatch(List<TerritorialUnit> units, SplittableRandom random) {
    int index = randomVillageIndex(units, random);
    Village village = (Village) units.get(index);
    List<TerritorialUnit> others = units.stream()
        .filter(unit -> unit.level() == DivisionLevel.TOWNSHIP && !unit.code().equals(village.townshipCode()))
        .collect(Collectors.toList());
    TerritorialUnit stated = others.get(random.nextInt(others.size()));
    Village subject = ImmutableVillage.copyOf(village).withTownshipCode(stated.code());
    units.set(index, subject);
    return DefectiveTerritory.of(Territory.of(units), TerritoryDefect.VILLAGE_PARENT_MISMATCH, subject,
        "village " + subject.code() + " " + subject.name() + " states township " + stated.code() + " "
            + stated.name() + ", but its code lies in township " + village.townshipCode());
  }

  private static DefectiveTerritory kindMismatch(List<TerritorialUnit> units, SplittableRandom random) {
    int index = randomVillageIndex(units, random);
    Village village = (Village) units.get(index);
    VillageKind wrong = village.kind() == VillageKind.COMMUNITY ? VillageKind.VILLAGE : VillageKind.COMMUNITY;
    Village subject = ImmutableVillage.copyOf(village).withKind(wrong);
    units.set(index, subject);
    return DefectiveTerritory.of(Territory.of(units), TerritoryDefect.VILLAGE_KIND_MISMATCH, subject,
        "village " + subject.code() + " " + subject.name() + " states kind " + wrong + ", but its code's village part "
            + subject.code().value().substring(9) + " is in the range of " + village.kind());
  }

  private static int randomVillageIndex(List<TerritorialUnit> units, SplittableRandom random) {
    List<Integer> villages = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).level() == DivisionLevel.VILLAGE) {
        villages.add(i);
      }
    }
    return villages.get(random.nextInt(villages.size()));
  }

  private static DefectiveTerritory missingParent(List<TerritorialUnit> units, TerritoryShape shape,
      SplittableRandom random) {
    PlaceNames names = new PlaceNames(random);
    TerritorialUnit subject;
    String description;
    if (random.nextBoolean()) {
      // a village-level unit under a township code that is not in the territory
      Set<Integer> used = units.stream().filter(unit -> unit.level() == DivisionLevel.TOWNSHIP)
          .map(unit -> Integer.parseInt(unit.code().value().substring(6, 9))).collect(Collectors.toSet());
      int digits;
      do {
        digits = 1 + random.nextInt(599);
      } while (used.contains(digits) || (digits >= 300 && digits < 400));
      DivisionCode township = DivisionCode.parse(shape.districtCode().gbCode() + String.format("%03d000", digits));
      DivisionCode code = DivisionCode.parse(township.value().substring(0, 9) + "001");
      subject = Village.of(code, names.next("社区"));
      description = "village " + code + " " + subject.name() + " lies in township " + township
          + ", which is not in the territory";
    } else {
      // a township under a county code that is not in the territory
      String gb = shape.districtCode().gbCode();
      int own = Integer.parseInt(gb.substring(4));
      int county = 1 + random.nextInt(98);
      county = county >= own ? county + 1 : county;
      DivisionCode code = DivisionCode.parse(gb.substring(0, 4) + String.format("%02d", county) + "101000");
      subject = Township.of(code, names.next("镇"));
      description = "township " + code + " " + subject.name() + " lies in district "
          + code.ancestorAt(DivisionLevel.COUNTY) + ", which is not in the territory";
    }
    units.add(subject);
    return DefectiveTerritory.of(Territory.of(units), TerritoryDefect.MISSING_PARENT, subject, description);
  }
}

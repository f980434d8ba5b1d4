package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Random unit lists for property tests: one or two districts with townships and villages, some abolished or
 * re-established under the same code, and some inconsistent records (a missing township, a wrong stated parent, a
 * wrong kind), because the index must work on such data too.
 */
final class RandomTerritories {
  private static final LocalDate EPOCH = LocalDate.of(1990, 1, 1);

  private RandomTerritories() {
  }

  /** Units with gaps: some districts and townships are missing. */
  static List<TerritorialUnit> units(long seed) {
    return units(seed, true);
  }

  /**
   * Units, with or without gaps.
   *
   * @param seed the seed
   * @param gaps whether some districts and townships may be missing
   */
  static List<TerritorialUnit> units(long seed, boolean gaps) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TerritorialUnit> units = new ArrayList<>();
    int districts = 1 + random.nextInt(2);
    for (int d = 0; d < districts; d++) {
      DivisionCode district = DivisionCode.parse(String.format("5001%02d", 50 + d * 4 + random.nextInt(4)));
      if (random.nextInt(10) > 0 || !gaps) {
        units.add(District.of(district, "区" + d, DistrictKind.DISTRICT));
      }
      int townships = random.nextInt(6);
      List<DivisionCode> townshipCodes = new ArrayList<>();
      for (int t = 0; t < townships; t++) {
        int digits = 1 + 100 * random.nextInt(3) + t * 3 + random.nextInt(3);
        DivisionCode township = DivisionCode.parse(district.gbCode() + String.format("%03d000", digits));
        townshipCodes.add(township);
        if (random.nextInt(8) > 0 || !gaps) {
          units.addAll(versions(random, Township.of(township, "镇" + t)));
        }
      }
      for (DivisionCode township : townshipCodes) {
        int villages = random.nextInt(7);
        for (int v = 0; v < villages; v++) {
          int digits = 1 + 200 * random.nextInt(2) + v * 5 + random.nextInt(5);
          DivisionCode code = DivisionCode.parse(township.value().substring(0, 9) + String.format("%03d", digits));
          Village village = Village.of(code, "村" + v);
          int defect = random.nextInt(12);
          if (defect == 0) {
            village = ImmutableVillage.copyOf(village).withTownshipCode(townshipCodes.get(random.nextInt(townshipCodes.size())));
          } else if (defect == 1) {
            village = ImmutableVillage.copyOf(village).withKind(village.kind() == VillageKind.VILLAGE ? VillageKind.COMMUNITY
                : VillageKind.VILLAGE);
          }
          units.addAll(versions(random, village));
        }
      }
      if (random.nextBoolean()) {
        // a township-level unit of an undefined range, under no listed township kind
        DivisionCode special = DivisionCode.parse(district.gbCode() + "400000");
        units.add(Township.builder().code(special).name("园区").kind(TownshipKind.SPECIAL_AREA)
            .districtCode(district).build());
      }
    }
    return units;
  }

  /** One to three consecutive, non-overlapping versions of a unit, each possibly with dates. */
  private static List<TerritorialUnit> versions(SplittableRandom random, TerritorialUnit unit) {
    int count = random.nextInt(6) == 0 ? 2 + random.nextInt(2) : 1;
    List<LocalDate> bounds = new ArrayList<>();
    LocalDate day = EPOCH.plusDays(random.nextInt(3000));
    for (int i = 0; i <= count; i++) {
      bounds.add(day);
      day = day.plusDays(1 + random.nextInt(3000));
    }
    boolean openStart = random.nextBoolean();
    boolean openEnd = random.nextInt(3) > 0;
    List<TerritorialUnit> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate start = i == 0 && openStart ? null : bounds.get(i);
      LocalDate end = i == count - 1 && openEnd ? null : bounds.get(i + 1);
      result.add(withValidity(unit, start, end, i));
    }
    return result;
  }

  private static TerritorialUnit withValidity(TerritorialUnit unit, LocalDate start, LocalDate end, int version) {
    Optional<LocalDate> established = Optional.ofNullable(start);
    Optional<LocalDate> abolished = Optional.ofNullable(end);
    String name = unit.name() + (version == 0 ? "" : "-" + version);
    if (unit instanceof Village) {
      return ImmutableVillage.copyOf((Village) unit).withName(name).withEstablished(established)
          .withAbolished(abolished);
    }
    if (unit instanceof Township) {
      return ImmutableTownship.copyOf((Township) unit).withName(name).withEstablished(established)
          .withAbolished(abolished);
    }
    if (unit.level() == DivisionLevel.COUNTY) {
      return ImmutableDistrict.copyOf((District) unit).withName(name).withEstablished(established)
          .withAbolished(abolished);
    }
    throw new AssertionError(unit);
  }

  /** A day: half the time an establishment or abolition day of one of the units (a boundary), else any day. */
  static LocalDate someDay(long seed, List<TerritorialUnit> units) {
    SplittableRandom random = new SplittableRandom(seed);
    List<LocalDate> boundaries = new ArrayList<>();
    units.forEach(unit -> {
      unit.established().ifPresent(boundaries::add);
      unit.abolished().ifPresent(boundaries::add);
    });
    if (!boundaries.isEmpty() && random.nextBoolean()) {
      return boundaries.get(random.nextInt(boundaries.size())).plusDays(random.nextInt(3) - 1);
    }
    return EPOCH.plusDays(random.nextInt(12000) - 500);
  }
}

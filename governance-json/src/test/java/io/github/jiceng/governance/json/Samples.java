package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.ImmutableDistrict;
import io.github.jiceng.governance.core.territory.ImmutableTownship;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import io.github.jiceng.governance.testkit.TerritoryGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Random model values for the round-trip properties, from the test kit's generators plus random changes of every
 * attribute (names with JSON-hostile characters, kinds that disagree with the code, validity periods), drawn from a
 * seed.
 */
final class Samples {
  /** Characters that JSON must escape or that stress encodings, mixed into names. */
  private static final String HOSTILE = "\"\\/\b\f\n\r\t\u0000\u001f\u007f\u2028\u2029\u00e9汉丰街道金州社区顶星村";

  private Samples() {
  }

  static DivisionCode divisionCode(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DivisionLevel level = DivisionLevel.values()[random.nextInt(DivisionLevel.values().length)];
    return IdentifierGenerators.divisionCodes(level).generate(random);
  }

  static Territory territory(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    TerritoryShape shape = TerritoryShape.of(IdentifierGenerators.divisionCodes(DivisionLevel.COUNTY).generate(random))
        .withTownships(random.nextInt(3), random.nextInt(3), random.nextInt(2))
        .withVillagesPerTownship(0, 4)
        .withHistory(random.nextBoolean());
    return TerritoryGenerators.territories(shape).generate(random);
  }

  static District district(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    District district = territory(random.nextLong()).districts().get(0);
    ImmutableDistrict changed = ImmutableDistrict.copyOf(district)
        .withName(name(random))
        .withKind(DistrictKind.values()[random.nextInt(DistrictKind.values().length)]);
    return validity(random, changed,
        (d, from, until) -> d.withEstablished(from).withAbolished(until),
        (d, from) -> d.withEstablished(from),
        (d, until) -> d.withAbolished(until));
  }

  static Township township(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DivisionCode code = IdentifierGenerators.divisionCodes(DivisionLevel.TOWNSHIP).generate(random);
    DivisionCode district = random.nextInt(4) == 0
        ? IdentifierGenerators.divisionCodes(DivisionLevel.COUNTY).generate(random)
        : code.ancestorAt(DivisionLevel.COUNTY);
    ImmutableTownship township = ImmutableTownship.copyOf(Township.of(code, name(random)))
        .withDistrictCode(district)
        .withKind(TownshipKind.values()[random.nextInt(TownshipKind.values().length)]);
    return validity(random, township,
        (t, from, until) -> t.withEstablished(from).withAbolished(until),
        (t, from) -> t.withEstablished(from),
        (t, until) -> t.withAbolished(until));
  }

  static Village village(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DivisionCode code = IdentifierGenerators.divisionCodes(DivisionLevel.VILLAGE).generate(random);
    DivisionCode township = random.nextInt(4) == 0
        ? IdentifierGenerators.divisionCodes(DivisionLevel.TOWNSHIP).generate(random)
        : code.ancestorAt(DivisionLevel.TOWNSHIP);
    ImmutableVillage village = ImmutableVillage.copyOf(Village.of(code, name(random)))
        .withTownshipCode(township)
        .withKind(VillageKind.values()[random.nextInt(VillageKind.values().length)]);
    if (random.nextBoolean()) {
      village = village.withUrbanRuralClass(
          UrbanRuralClass.values()[random.nextInt(UrbanRuralClass.values().length)]);
    }
    return validity(random, village,
        (v, from, until) -> v.withEstablished(from).withAbolished(until),
        (v, from) -> v.withEstablished(from),
        (v, until) -> v.withAbolished(until));
  }

  /** A name: empty, Chinese, or a mix of ordinary and JSON-hostile characters, including a supplementary one. */
  static String name(SplittableRandom random) {
    int length = random.nextInt(12);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0:
          name.append(HOSTILE.charAt(random.nextInt(HOSTILE.length())));
          break;
        case 1:
          name.appendCodePoint(0x1F600 + random.nextInt(50)); // outside the BMP: a surrogate pair
          break;
        default:
          name.append((char) ('a' + random.nextInt(26)));
      }
    }
    return name.toString();
  }

  interface Both<U> {
    U with(U unit, LocalDate from, LocalDate until);
  }

  interface One<U> {
    U with(U unit, LocalDate date);
  }

  private static <U> U validity(SplittableRandom random, U unit, Both<U> both, One<U> from, One<U> until) {
    LocalDate start = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30000));
    LocalDate end = start.plusDays(1 + random.nextInt(5000));
    switch (random.nextInt(4)) {
      case 0:
        return both.with(unit, start, end);
      case 1:
        return from.with(unit, start);
      case 2:
        return until.with(unit, end);
      default:
        return unit;
    }
  }
}

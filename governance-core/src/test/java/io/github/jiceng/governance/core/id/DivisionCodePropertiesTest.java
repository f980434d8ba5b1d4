package io.github.jiceng.governance.core.id;

import static io.github.jiceng.governance.core.id.UnifiedSocialCreditCodePropertiesTest.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link DivisionCode}. A division code has no check character, so a substitution of one digit by
 * another is <em>not</em> detected in general; what parse guarantees is structural: 6 or 12 ASCII digits, a GB/T 2260
 * province, and no non-zero part below a zero part. These tests compare parse with an independent statement of those
 * rules.
 */
class DivisionCodePropertiesTest {
  private static final int[] PART_LENGTHS = {2, 2, 2, 3, 3};

  @Test
  void everyGeneratedCodeParsesAndRoundTrips() {
    qt().withExamples(3000).forAll(IdGens.divisionCodes()).checkAssert(text -> {
      DivisionCode code = DivisionCode.parse(text);
      String twelve = text.length() == 6 ? text + "000000" : text;
      assertThat(code.value()).isEqualTo(twelve);
      assertThat(code.toString()).isEqualTo(twelve);
      assertThat(code.gbCode()).isEqualTo(twelve.substring(0, 6));
      assertThat(DivisionCode.parse(code.value())).isEqualTo(code).hasSameHashCodeAs(code);
      assertThat(DivisionCode.parse(code.gbCode()).value()).isEqualTo(code.gbCode() + "000000");
      assertThat(DivisionCode.isValid(text)).isTrue();
      assertThat(code.level()).isEqualTo(expectedLevel(twelve));
    });
  }

  @Test
  void parseAgreesWithTheStructuralRulesOnArbitraryDigitStrings() {
    Gen<String> digitStrings = in -> {
      // Digits biased towards zero parts and real provinces, so that both outcomes are common.
      StringBuilder sb = new StringBuilder(IdGens.between(in, 0, 3) == 0
          ? IdGens.digits(in, 2)
          : IdGens.PROVINCES.get(IdGens.between(in, 0, IdGens.PROVINCES.size() - 1)));
      for (int part = 1; part < PART_LENGTHS.length; part++) {
        sb.append(IdGens.between(in, 0, 1) == 0 ? "0".repeat(PART_LENGTHS[part]) : IdGens.digits(in, PART_LENGTHS[part]));
      }
      return IdGens.between(in, 0, 1) == 0 ? sb.substring(0, 6) : sb.toString();
    };
    qt().withExamples(5000).forAll(digitStrings).checkAssert(text ->
        assertThat(DivisionCode.isValid(text)).as(text).isEqualTo(structurallyValid(text)));
  }

  @Test
  void aNonDigitIsRejectedWhereItStands() {
    Gen<Integer> positions = in -> IdGens.between(in, 0, 11);
    Gen<Character> nonDigits = in -> IdGens.pick(in, "A x-/.０");
    qt().withExamples(1000).forAll(IdGens.divisionCodes(), positions, nonDigits).checkAssert((text, i, c) -> {
      int index = i % text.length();
      assertThatThrownBy(() -> DivisionCode.parse(replace(text, index, c)))
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.problem()).isEqualTo(IdentifierProblem.CHARACTER);
            assertThat(e.position()).hasValue(index + 1);
          });
    });
  }

  @Test
  void wrongLengthsAreRejected() {
    Gen<Integer> lengths = in -> IdGens.between(in, 1, 20);
    qt().withExamples(500).forAll(IdGens.divisionCodes(), lengths)
        .assuming((text, n) -> n != 6 && n != 12)
        .checkAssert((text, n) -> {
          String wrong = text.repeat(4).substring(0, n);
          assertThatThrownBy(() -> DivisionCode.parse(wrong))
              .isInstanceOfSatisfying(InvalidIdentifierException.class,
                  e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.LENGTH));
        });
  }

  @Test
  void parentsFormAChainOfAncestorsUpToTheProvince() {
    qt().withExamples(2000).forAll(IdGens.divisionCodes()).checkAssert(text -> {
      DivisionCode code = DivisionCode.parse(text);
      int steps = 0;
      Optional<DivisionCode> parent = code.parent();
      DivisionCode child = code;
      while (parent.isPresent()) {
        DivisionCode p = parent.get();
        assertThat(p.level().ordinal()).isEqualTo(child.level().ordinal() - 1);
        assertThat(p.isAncestorOf(code)).isTrue();
        assertThat(code.isAncestorOf(p)).isFalse();
        assertThat(p.contains(code)).isTrue();
        assertThat(p.compareTo(code)).isNegative();
        assertThat(code.value()).startsWith(p.value().replaceAll("0+$", ""));
        assertThat(code.ancestorAt(p.level())).isEqualTo(p);
        child = p;
        parent = p.parent();
        steps++;
      }
      assertThat(steps).isEqualTo(code.level().ordinal());
      assertThat(child.level()).isEqualTo(DivisionLevel.PROVINCE);
      assertThat(code.ancestorAt(code.level())).isEqualTo(code);
      assertThat(code.isAncestorOf(code)).isFalse();
      assertThat(code.contains(code)).isTrue();
    });
  }

  @Test
  void noAncestorBelowTheOwnLevel() {
    qt().withExamples(500).forAll(IdGens.divisionCodes()).checkAssert(text -> {
      DivisionCode code = DivisionCode.parse(text);
      for (DivisionLevel level : DivisionLevel.values()) {
        if (code.level().isAbove(level)) {
          assertThatThrownBy(() -> code.ancestorAt(level)).isInstanceOf(IllegalArgumentException.class);
        }
      }
    });
  }

  @Test
  void kindsFollowTheDigitRanges() {
    qt().withExamples(2000).forAll(IdGens.divisionCodes()).checkAssert(text -> {
      DivisionCode code = DivisionCode.parse(text);
      String twelve = code.value();
      int township = Integer.parseInt(twelve.substring(6, 9));
      int village = Integer.parseInt(twelve.substring(9, 12));
      Optional<TownshipKind> expectedTownship = township == 0 ? Optional.empty() : Optional.of(
          township < 100 ? TownshipKind.STREET
              : township < 200 ? TownshipKind.TOWN
              : township < 300 ? TownshipKind.TOWNSHIP
              : township >= 400 && township < 600 ? TownshipKind.SPECIAL_AREA
              : TownshipKind.OTHER);
      Optional<VillageKind> expectedVillage = village == 0 ? Optional.empty() : Optional.of(
          village < 200 ? VillageKind.COMMUNITY : village < 400 ? VillageKind.VILLAGE : VillageKind.OTHER);
      assertThat(code.townshipKind()).isEqualTo(expectedTownship);
      assertThat(code.villageKind()).isEqualTo(expectedVillage);
    });
  }

  @Test
  void orderingIsConsistentWithEquals() {
    qt().withExamples(2000).forAll(IdGens.divisionCodes(), IdGens.divisionCodes()).checkAssert((a, b) -> {
      DivisionCode x = DivisionCode.parse(a);
      DivisionCode y = DivisionCode.parse(b);
      assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
    });
  }

  @Test
  void serialisationKeepsTheValue() throws IOException, ClassNotFoundException {
    DivisionCode code = DivisionCode.parse("500154101201");
    assertThat(roundTrip(code)).isEqualTo(code);
  }

  static Object roundTrip(Object value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  private static DivisionLevel expectedLevel(String twelve) {
    int start = 0;
    DivisionLevel level = DivisionLevel.PROVINCE;
    for (int part = 0; part < PART_LENGTHS.length; part++) {
      if (!twelve.substring(start, start + PART_LENGTHS[part]).matches("0+")) {
        level = DivisionLevel.values()[part];
      }
      start += PART_LENGTHS[part];
    }
    return level;
  }

  private static boolean structurallyValid(String text) {
    String twelve = text.length() == 6 ? text + "000000" : text;
    if (!IdGens.PROVINCES.contains(twelve.substring(0, 2))) {
      return false;
    }
    // Reading from the village part up: once a part is non-zero, every part above it must be non-zero.
    return !twelve.matches("\\d{2}00.*[1-9].*")
        && !twelve.matches("\\d{4}00.*[1-9].*")
        && !twelve.matches("\\d{6}000.*[1-9].*");
  }
}

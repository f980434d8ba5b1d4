package io.github.jiceng.governance.core.id;

import static io.github.jiceng.governance.core.id.UnifiedSocialCreditCodePropertiesTest.replace;
import static io.github.jiceng.governance.core.id.UnifiedSocialCreditCodePropertiesTest.swap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link ResidentIdNumber}. Valid numbers come from {@link IdGens}, built with the independent {@link
 * Oracles}.
 *
 * <p>What ISO 7064 MOD 11-2 guarantees (derived in the class Javadoc, confirmed exhaustively below): with weights
 * w_i = 2^(18-i) mod 11 for all 18 positions, a substitution changes the weighted sum by d * w_i with 0 &lt; |d| &le;
 * 10, never 0 mod 11: always detected. A transposition of positions i &lt; j changes it by (a - b)(w_i - w_j), and
 * w_i = w_j iff j - i is a multiple of 10 (2 has order 10 mod 11): every transposition is detected except swaps of
 * positions 10 apart, which only the birth-date rule may catch.
 */
class ResidentIdNumberPropertiesTest {
  private static final String ALPHABET = Oracles.ID_CHECK_ALPHABET;

  // ---- algebra, exhaustively ----

  @Test
  void everyWeightedSubstitutionDifferenceIsNonZeroModulo11() {
    for (int position = 1; position <= 18; position++) {
      for (int d = 1; d <= 10; d++) {
        assertThat(d * Oracles.idWeight(position) % 11).as("d=%d at %d", d, position).isNotZero();
      }
    }
  }

  @Test
  void weightsAreEqualExactlyForPositionsTenApart() {
    List<List<Integer>> equal = new ArrayList<>();
    for (int i = 1; i <= 18; i++) {
      for (int j = i + 1; j <= 18; j++) {
        if (Oracles.idWeight(i) == Oracles.idWeight(j)) {
          equal.add(List.of(i, j));
        }
      }
    }
    assertThat(equal).containsExactly(List.of(1, 11), List.of(2, 12), List.of(3, 13), List.of(4, 14),
        List.of(5, 15), List.of(6, 16), List.of(7, 17), List.of(8, 18));
  }

  // ---- valid numbers ----

  @Test
  void everyGeneratedNumberParsesAndRoundTrips() {
    qt().withExamples(3000).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      ResidentIdNumber id = ResidentIdNumber.parse(text);
      assertThat(id.value()).isEqualTo(text);
      assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id).hasSameHashCodeAs(id);
      assertThat(ResidentIdNumber.isValid(text)).isTrue();
      assertThat(ResidentIdNumber.checkCharacterOf(text.substring(0, 17))).isEqualTo(text.charAt(17));
      assertThat(id.birthDate()).isEqualTo(LocalDate.of(Integer.parseInt(text.substring(6, 10)),
          Integer.parseInt(text.substring(10, 12)), Integer.parseInt(text.substring(12, 14))));
      assertThat(id.sex()).isEqualTo((text.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE);
      assertThat(id.addressCode()).isEqualTo(text.substring(0, 6));
      assertThat(id.sequenceCode()).isEqualTo(text.substring(14, 17));
    });
  }

  @Test
  void toStringIsMaskedAndKeepsOnlyTheAddressCodeAndTheLastFour() {
    qt().withExamples(1000).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      ResidentIdNumber id = ResidentIdNumber.parse(text);
      String expected = text.substring(0, 6) + "********" + text.substring(14);
      assertThat(id.toString()).isEqualTo(expected);
      assertThat(id.masked()).isEqualTo(expected);
      assertThat(ResidentIdNumber.mask(text)).isEqualTo(expected);
    });
  }

  @Test
  void lowerCaseXIsAcceptedAndNormalised() {
    qt().withExamples(500).forAll(IdGens.residentIdNumbersEndingInX()).checkAssert(text -> {
      String lower = text.substring(0, 17) + 'x';
      assertThat(ResidentIdNumber.parse(lower)).isEqualTo(ResidentIdNumber.parse(text));
      assertThat(ResidentIdNumber.parse(lower).value()).isEqualTo(text);
    });
  }

  // ---- substitutions ----

  @Test
  void everySingleSubstitutionIsRejectedForTheRightReason() {
    qt().withExamples(1000).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      for (int i = 0; i < 18; i++) {
        for (char c : ALPHABET.toCharArray()) {
          if (c != text.charAt(i)) {
            String mutated = replace(text, i, c);
            assertRejectedAsExpected(mutated);
            if (c != 'X' || i == 17) {
              assertThat(Oracles.idResidue(mutated)).as("the check itself detects it").isNotEqualTo(1);
            }
          }
        }
      }
    });
  }

  // ---- transpositions ----

  @Test
  void everyAdjacentTranspositionOfDifferentCharactersIsRejected() {
    qt().withExamples(2000).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      for (int i = 0; i < 17; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          String mutated = swap(text, i, i + 1);
          assertRejectedAsExpected(mutated);
          assertThat(Oracles.idResidue(mutated)).isNotEqualTo(1);
        }
      }
    });
  }

  @Test
  void everyTranspositionNotTenApartIsRejected() {
    qt().withExamples(500).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      for (int i = 0; i < 18; i++) {
        for (int j = i + 1; j < 18; j++) {
          if (text.charAt(i) != text.charAt(j) && j - i != 10) {
            assertRejectedAsExpected(swap(text, i, j));
          }
        }
      }
    });
  }

  @Test
  void transpositionsTenApartKeepTheCheckValid() {
    // The counterexample exists for every such swap: the weights are equal, so the check cannot see it.
    qt().withExamples(500).forAll(IdGens.residentIdNumbers()).checkAssert(text -> {
      for (int i = 0; i + 10 < 18; i++) {
        String mutated = swap(text, i, i + 10);
        if (mutated.indexOf('X') < 0 || mutated.indexOf('X') == 17) {
          assertThat(Oracles.idResidue(mutated)).isEqualTo(1);
          assertThat(ResidentIdNumber.isValid(mutated)).isEqualTo(Oracles.dateExists(mutated.substring(6, 14)));
        }
      }
    });
  }

  @Test
  void swappingPositions8And18OfTheStandardExampleGivesAnotherValidNumber() {
    // 440524188001010014 -> 440524148001010018: born 1480, which only a plausibility rule can reject.
    ResidentIdNumber swapped = ResidentIdNumber.parse(swap("440524188001010014", 7, 17));

    assertThat(swapped.birthDate()).isEqualTo(LocalDate.of(1480, 1, 1));
  }

  // ---- legacy numbers ----

  @Test
  void legacyNumbersAreRecognisedAndConverted() {
    qt().withExamples(1000).forAll(IdGens.twentiethCenturyResidentIdNumbers()).checkAssert(text -> {
      String legacy = text.substring(0, 6) + text.substring(8, 17);
      assertThat(ResidentIdNumber.fromLegacy(legacy).value()).isEqualTo(text);
      assertThatThrownBy(() -> ResidentIdNumber.parse(legacy))
          .isInstanceOfSatisfying(InvalidIdentifierException.class,
              e -> assertThat(e.problem()).isEqualTo(IdentifierProblem.LEGACY_FORMAT))
          .hasMessageContaining("fromLegacy")
          .hasMessageNotContaining(legacy.substring(6, 12));
    });
  }

  // ---- age ----

  @Test
  void ageAgreesWithPeriodBetween() {
    Gen<Integer> days = in -> IdGens.between(in, 0, 120 * 366);
    qt().withExamples(3000).forAll(IdGens.residentIdNumbers(), days)
        .assuming((text, d) -> ResidentIdNumber.parse(text).birthDate().plusDays(d).getYear() <= 9999)
        .checkAssert((text, d) -> {
          ResidentIdNumber id = ResidentIdNumber.parse(text);
          LocalDate date = id.birthDate().plusDays(d);
          assertThat(id.ageOn(date)).isEqualTo(Period.between(id.birthDate(), date).getYears());
        });
  }

  @Test
  void aBirthdayCountsOnItsDayAndTwentyNinthFebruaryOnFirstMarch() {
    Gen<Integer> years = in -> IdGens.between(in, 1, 120);
    qt().withExamples(3000).forAll(IdGens.residentIdNumbers(), years)
        .assuming((text, n) -> ResidentIdNumber.parse(text).birthDate().getYear() + n <= 9999)
        .checkAssert((text, n) -> {
          ResidentIdNumber id = ResidentIdNumber.parse(text);
          LocalDate birth = id.birthDate();
          int year = birth.getYear() + n;
          LocalDate birthday = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29
              && !java.time.Year.isLeap(year)
              ? LocalDate.of(year, 3, 1)
              : LocalDate.of(year, birth.getMonthValue(), birth.getDayOfMonth());
          assertThat(id.ageOn(birthday)).isEqualTo(n);
          assertThat(id.ageOn(birthday.minusDays(1))).isEqualTo(n - 1);
        });
  }

  // ---- messages ----

  @Test
  void rejectionMessagesNeverShowTheBirthDate() {
    Gen<Integer> positions = in -> IdGens.between(in, 0, 17);
    Gen<Character> chars = in -> IdGens.pick(in, ALPHABET + "xA-");
    qt().withExamples(3000).forAll(IdGens.residentIdNumbers(), positions, chars).checkAssert((text, i, c) -> {
      String mutated = replace(text, i, c);
      if (!ResidentIdNumber.isValid(mutated)) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(mutated))
            .isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.displayedInput()).isEqualTo(ResidentIdNumber.mask(mutated)))
            .hasMessageNotContaining(mutated.substring(6, 14))
            .hasMessageNotContaining(mutated.substring(6, 10) + "-");
      }
    });
  }

  // ---- helpers ----

  /**
   * Asserts that parse rejects a 18-character mutation of a valid number with the first problem in parse's order:
   * a character not allowed at its position, then a birth date that does not exist, then the check character.
   */
  private static void assertRejectedAsExpected(String mutated) {
    int xInBody = mutated.substring(0, 17).indexOf('X');
    IdentifierProblem expected;
    int position;
    if (xInBody >= 0) {
      expected = IdentifierProblem.CHARACTER;
      position = xInBody + 1;
    } else if (!Oracles.dateExists(mutated.substring(6, 14))) {
      expected = IdentifierProblem.DATE;
      position = 0; // month (11), day (13) or year (7): checked in the example tests
    } else {
      expected = IdentifierProblem.CHECK_CHARACTER;
      position = 18;
    }
    assertThatThrownBy(() -> ResidentIdNumber.parse(mutated))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(expected);
          if (position > 0) {
            assertThat(e.position().orElse(0)).isEqualTo(position);
          } else {
            assertThat(e.position().orElse(0)).isIn(7, 11, 13);
          }
        });
  }
}

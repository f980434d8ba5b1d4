package io.github.jiceng.governance.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link UnifiedSocialCreditCode}. Valid codes come from {@link IdGens}, built with the independent
 * {@link Oracles}; so these tests also cross-check the production check algorithms.
 *
 * <p>What GB 32100 mod 31 guarantees (derived in the class Javadoc, confirmed exhaustively below): with weights
 * w_i = 3^(i-1) mod 31 (i = 1..17) and w_18 = 1, a change is undetected only if its weighted difference is 0 mod 31.
 * A substitution changes the sum by d * w_i with 0 &lt; |d| &lt; 31 and w_i != 0: always detected. A transposition of
 * positions i &lt; j with different characters changes it by (a - b)(w_i - w_j): detected iff w_i != w_j, which fails
 * only for (1, 18).
 */
class UnifiedSocialCreditCodePropertiesTest {
  private static final String SET = Oracles.CREDIT_CHARSET;

  // ---- algebra, exhaustively ----

  @Test
  void everyWeightedSubstitutionDifferenceIsNonZeroModulo31() {
    int checked = 0;
    for (int position = 1; position <= 18; position++) {
      for (int a = 0; a < 31; a++) {
        for (int b = 0; b < 31; b++) {
          if (a != b) {
            assertThat(Math.floorMod((a - b) * Oracles.creditWeight(position), 31)).isNotZero();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isEqualTo(18 * 31 * 30);
  }

  @Test
  void onlyPositions1And18HaveEqualWeights() {
    List<List<Integer>> equalWeightPairs = new ArrayList<>();
    for (int i = 1; i <= 18; i++) {
      for (int j = i + 1; j <= 18; j++) {
        if (Oracles.creditWeight(i) == Oracles.creditWeight(j)) {
          equalWeightPairs.add(List.of(i, j));
        }
      }
    }
    assertThat(equalWeightPairs).containsExactly(List.of(1, 18));
    assertThat(Oracles.creditWeight(17)).isEqualTo(28);
  }

  @Test
  void organisationCodeWeightsAreDistinctAndNonZeroModulo11() {
    List<Integer> weights = new ArrayList<>();
    for (int k = 1; k <= 8; k++) {
      weights.add(Oracles.organisationWeight(k));
    }
    assertThat(weights).containsExactly(3, 7, 9, 10, 5, 8, 4, 2).doesNotHaveDuplicates().doesNotContain(0, 1);
  }

  // ---- valid codes ----

  @Test
  void everyGeneratedCodeParsesAndRoundTrips() {
    qt().withExamples(2000).forAll(IdGens.creditCodes()).checkAssert(text -> {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
      assertThat(code.value()).isEqualTo(text);
      assertThat(code.toString()).isEqualTo(text);
      assertThat(UnifiedSocialCreditCode.parse(code.value())).isEqualTo(code).hasSameHashCodeAs(code);
      assertThat(UnifiedSocialCreditCode.isValid(text)).isTrue();
      assertThat(code.passesChecks()).isTrue();
      assertThat(code.failedChecks()).isEmpty();
      assertThat(code.divisionPart()).isEqualTo(text.substring(2, 8));
      assertThat(code.organisationCode()).isEqualTo(text.substring(8, 17));
      assertThat(code.checkCharacter()).isEqualTo(text.charAt(17));
      assertThat(code.registrationDivision().isPresent()).isEqualTo(DivisionCode.isValid(text.substring(2, 8)));
      assertThat(code.isSocialOrganisation()).isEqualTo(text.charAt(0) == '5');
      assertThat(code.organisationCategory().map(OrganisationCategory::prefix))
          .isEqualTo(OrganisationCategory.ofPrefix(text.substring(0, 2)).map(OrganisationCategory::prefix));
    });
  }

  @Test
  void checkCharacterAgreesWithTheIndependentImplementation() {
    qt().withExamples(2000).forAll(IdGens.creditCodes()).checkAssert(text -> {
      assertThat(UnifiedSocialCreditCode.checkCharacterOf(text.substring(0, 17))).isEqualTo(text.charAt(17));
      assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(text.substring(8, 16)))
          .isEqualTo(text.charAt(16));
      assertThat(Oracles.creditResidue(text)).isZero();
    });
  }

  // ---- substitutions ----

  @Test
  void everySingleSubstitutionIsRejected() {
    qt().withExamples(300).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (int i = 0; i < 18; i++) {
        for (char c : SET.toCharArray()) {
          if (c == text.charAt(i)) {
            continue;
          }
          String mutated = replace(text, i, c);
          boolean letterInDivision = i >= 2 && i < 8 && !Character.isDigit(c);
          IdentifierProblem expected = letterInDivision ? IdentifierProblem.CHARACTER : IdentifierProblem.CHECK_CHARACTER;
          assertRejected(mutated, expected, letterInDivision ? i + 1 : 18);
          if (!letterInDivision) {
            assertThat(UnifiedSocialCreditCode.parseLenient(mutated).failedChecks())
                .contains(IdentifierProblem.CHECK_CHARACTER);
          }
        }
      }
    });
  }

  @Test
  void charactersOutsideTheSetAreRejectedWhereTheyStand() {
    Gen<Integer> positions = in -> IdGens.between(in, 0, 17);
    Gen<Character> outsiders = in -> IdGens.pick(in, "IOSVZabciosz-/ \u00A0０");
    qt().withExamples(500).forAll(IdGens.creditCodes(), positions, outsiders).checkAssert((text, i, c) ->
        assertRejected(replace(text, i, c), IdentifierProblem.CHARACTER, i + 1));
  }

  // ---- embedded organisation code ----

  @Test
  void embeddedCheckDetectsABodySubstitutionExactlyWhenValuesDifferModulo11() {
    qt().withExamples(300).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (int i = 8; i < 16; i++) {
        for (char c : SET.toCharArray()) {
          if (c == text.charAt(i)) {
            continue;
          }
          UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient(replace(text, i, c));
          boolean sameResidue = Oracles.organisationValue(c) % 11 == Oracles.organisationValue(text.charAt(i)) % 11;
          assertThat(lenient.failedChecks().contains(IdentifierProblem.EMBEDDED_CHECK_CHARACTER))
              .as("substituting %s at position %d", c, i + 1)
              .isEqualTo(!sameResidue);
        }
      }
    });
  }

  @Test
  void embeddedCheckDetectsEverySubstitutionOfItsCheckCharacter() {
    qt().withExamples(300).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (char c : SET.toCharArray()) {
        if (c != text.charAt(16)) {
          assertThat(UnifiedSocialCreditCode.parseLenient(replace(text, 16, c)).failedChecks())
              .containsExactly(IdentifierProblem.CHECK_CHARACTER, IdentifierProblem.EMBEDDED_CHECK_CHARACTER);
        }
      }
    });
  }

  @Test
  void embeddedCheckDetectsABodyTranspositionExactlyWhenValuesDifferModulo11() {
    qt().withExamples(300).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (int i = 8; i < 16; i++) {
        for (int j = i + 1; j < 16; j++) {
          char a = text.charAt(i);
          char b = text.charAt(j);
          if (a != b) {
            UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient(swap(text, i, j));
            boolean sameResidue = Oracles.organisationValue(a) % 11 == Oracles.organisationValue(b) % 11;
            assertThat(lenient.failedChecks().contains(IdentifierProblem.EMBEDDED_CHECK_CHARACTER))
                .isEqualTo(!sameResidue);
            assertThat(lenient.failedChecks()).contains(IdentifierProblem.CHECK_CHARACTER);
          }
        }
      }
    });
  }

  @Test
  void aSubstitutionWithTheSameValueModulo11PassesTheEmbeddedCheckButNotTheFinalOne() {
    // Counterexample to "the embedded check catches every substitution": 0 (value 0) and B (value 11).
    String valid = IdGens.completeCreditCode("91500154" + "0" + "1234567");
    String mutated = replace(valid, 8, 'B');

    assertThat(UnifiedSocialCreditCode.parseLenient(mutated).failedChecks())
        .containsExactly(IdentifierProblem.CHECK_CHARACTER);
    assertRejected(mutated, IdentifierProblem.CHECK_CHARACTER, 18);
  }

  // ---- transpositions ----

  @Test
  void everyAdjacentTranspositionOfDifferentCharactersIsRejected() {
    qt().withExamples(1000).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (int i = 0; i < 17; i++) {
        if (text.charAt(i) != text.charAt(i + 1)) {
          String mutated = swap(text, i, i + 1);
          int letterInDivision = firstLetterInDivision(mutated);
          if (letterInDivision > 0) {
            assertRejected(mutated, IdentifierProblem.CHARACTER, letterInDivision);
          } else {
            assertRejected(mutated, IdentifierProblem.CHECK_CHARACTER, 18);
          }
        }
      }
    });
  }

  @Test
  void everyTranspositionExceptOfPositions1And18IsRejected() {
    qt().withExamples(300).forAll(IdGens.creditCodes()).checkAssert(text -> {
      for (int i = 0; i < 18; i++) {
        for (int j = i + 1; j < 18; j++) {
          if (text.charAt(i) == text.charAt(j)) {
            continue;
          }
          String mutated = swap(text, i, j);
          if (i == 0 && j == 17) {
            // Equal weights: the check cannot see this swap, and positions 1 and 18 have no other constraint.
            assertThat(UnifiedSocialCreditCode.parse(mutated).value()).isEqualTo(mutated);
          } else {
            assertThat(UnifiedSocialCreditCode.isValid(mutated)).as("swap %d and %d", i + 1, j + 1).isFalse();
          }
        }
      }
    });
  }

  @Test
  void swappingTheAuthorityAndTheCheckCharacterOfARealCodeGoesUnnoticed() {
    assertThat(UnifiedSocialCreditCode.parse("T13101106660072179").registrationAuthority()).isEmpty();
    assertThat(Oracles.creditResidue("T13101106660072179")).isZero();
  }

  // ---- lenient mode ----

  @Test
  void lenientParsingAgreesWithStrictParsingOnEveryStructurallyValidCode() {
    Gen<Integer> positions = in -> IdGens.between(in, 0, 17);
    Gen<Character> chars = in -> IdGens.pick(in, SET);
    qt().withExamples(2000).forAll(IdGens.creditCodes(), positions, chars).checkAssert((text, i, c) -> {
      String mutated = i >= 2 && i < 8 ? text : replace(text, i, c);
      UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient(mutated);
      assertThat(lenient.value()).isEqualTo(mutated);
      assertThat(lenient.failedChecks().contains(IdentifierProblem.CHECK_CHARACTER))
          .isEqualTo(Oracles.creditResidue(mutated) != 0);
      assertThat(lenient.failedChecks().contains(IdentifierProblem.EMBEDDED_CHECK_CHARACTER))
          .isEqualTo(!Oracles.organisationCheckHolds(mutated.substring(8, 17)));
      assertThat(UnifiedSocialCreditCode.isValid(mutated)).isEqualTo(lenient.passesChecks());
      if (lenient.passesChecks()) {
        assertThat(UnifiedSocialCreditCode.parse(mutated)).isEqualTo(lenient);
      } else {
        assertRejected(mutated, lenient.failedChecks().iterator().next(),
            lenient.failedChecks().contains(IdentifierProblem.CHECK_CHARACTER) ? 18 : 17);
      }
    });
  }

  // ---- helpers ----

  private static int firstLetterInDivision(String text) {
    for (int i = 2; i < 8; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  static String replace(String text, int index, char c) {
    return text.substring(0, index) + c + text.substring(index + 1);
  }

  static String swap(String text, int i, int j) {
    char[] chars = text.toCharArray();
    char t = chars[i];
    chars[i] = chars[j];
    chars[j] = t;
    return new String(chars);
  }

  private static void assertRejected(String text, IdentifierProblem problem, int position) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .as("parse(%s)", text)
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.position().orElse(0)).isEqualTo(position);
          assertThat(e.identifierKind()).isEqualTo("unified social credit code");
        });
    assertThat(UnifiedSocialCreditCode.isValid(text)).isFalse();
  }
}

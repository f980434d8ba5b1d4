package io.github.jiceng.governance.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Example tests from the domain notes (identifiers.md, reference.md section 7.1). */
class ResidentIdNumberTest {

  @Test
  void standardExamplesAreValid() {
    ResidentIdNumber chaoyang = ResidentIdNumber.parse("11010519491231002X");

    assertThat(chaoyang.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    assertThat(chaoyang.sex()).isEqualTo(Sex.FEMALE);
    assertThat(chaoyang.addressCode()).isEqualTo("110105");
    assertThat(chaoyang.addressDivision()).contains(DivisionCode.parse("110105"));
    assertThat(chaoyang.sequenceCode()).isEqualTo("002");
    assertThat(chaoyang.checkCharacter()).isEqualTo('X');
    assertThat(chaoyang.value()).isEqualTo("11010519491231002X");

    ResidentIdNumber chaoyangCounty = ResidentIdNumber.parse("440524188001010014");
    assertThat(chaoyangCounty.birthDate()).isEqualTo(LocalDate.of(1880, 1, 1));
    assertThat(chaoyangCounty.sex()).isEqualTo(Sex.MALE);
  }

  @Test
  void toStringAndMaskedHideTheBirthDate() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

    assertThat(id).hasToString("110105********002X");
    assertThat(id.masked()).isEqualTo("110105********002X");
    assertThat(id.toString()).doesNotContain("1949");
  }

  @Test
  void lowerCaseXIsNormalised() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002x");

    assertThat(id.value()).isEqualTo("11010519491231002X");
    assertThat(id).isEqualTo(ResidentIdNumber.parse("11010519491231002X"));
  }

  @Test
  void aWrongCheckCharacterIsRejectedWithAMaskedMessage() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105194912310021"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER);
          assertThat(e.position()).hasValue(18);
          assertThat(e.displayedInput()).isEqualTo("110105********0021");
        })
        .hasMessageStartingWith("Invalid resident identity number '110105********0021' at position 18: ")
        .hasMessageNotContaining("19491231");
  }

  @Test
  void monthThirteenIsADateProblemAtTheMonth() {
    // The check character of this number is wrong too (the algorithm gives 1); the date is checked first.
    assertThat(Oracles.idCheck("11010519491331002")).isNotEqualTo('X');
    assertThatThrownBy(() -> ResidentIdNumber.parse("11010519491331002X"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(IdentifierProblem.DATE);
          assertThat(e.position()).hasValue(11);
        })
        .hasMessageContaining("must be 01-12")
        .hasMessageNotContaining("13");
  }

  @Test
  void twentyNinthFebruaryOf1949IsADateProblemWhateverTheCheckCharacter() {
    // 11010519490229002X: 1949 is not a leap year. Its check character is also wrong (the algorithm gives 9), but
    // the intended reason is the date, which parse checks first; the variant with the right check fails the same way.
    String withRightCheck = "11010519490229002" + Oracles.idCheck("11010519490229002");
    assertThat(withRightCheck).isNotEqualTo("11010519490229002X");

    for (String text : new String[] {"11010519490229002X", withRightCheck}) {
      assertThatThrownBy(() -> ResidentIdNumber.parse(text))
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.problem()).isEqualTo(IdentifierProblem.DATE);
            assertThat(e.position()).hasValue(13);
          })
          .hasMessageContaining("expected 01-28");
    }
  }

  @Test
  void twentyNinthFebruaryOfALeapYearIsValid() {
    String text = "11010520000229002" + Oracles.idCheck("11010520000229002");

    assertThat(ResidentIdNumber.parse(text).birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
  }

  @Test
  void otherImpossibleDatesAreRejected() {
    assertDateProblem("110105194900010020", 11);
    assertDateProblem("110105194904310020", 13);
    assertDateProblem("110105194901000020", 13);
    assertDateProblem("110105190002290020", 13);
    assertDateProblem("110105000001010020", 7);
  }

  @Test
  void aBirthDateInTheFutureIsNotAParseError() {
    String text = "11010521000101002" + Oracles.idCheck("11010521000101002");

    assertThat(ResidentIdNumber.parse(text).birthDate()).isEqualTo(LocalDate.of(2100, 1, 1));
  }

  @Test
  void legacyNumbersAreNeverAcceptedSilently() {
    assertThatThrownBy(() -> ResidentIdNumber.parse("110105491231002"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(IdentifierProblem.LEGACY_FORMAT);
          assertThat(e.displayedInput()).isEqualTo("110105******002");
        })
        .hasMessageContaining("ResidentIdNumber.fromLegacy(String)");

    assertThat(ResidentIdNumber.fromLegacy("110105491231002").value()).isEqualTo("11010519491231002X");
  }

  @Test
  void legacyConversionChecksItsInput() {
    assertLegacyProblem("11010549123100", IdentifierProblem.LENGTH, 0);
    assertLegacyProblem("11010519491231002X", IdentifierProblem.LENGTH, 0);
    assertLegacyProblem("1101054912310A2", IdentifierProblem.CHARACTER, 14);
    assertLegacyProblem("110105491331002", IdentifierProblem.DATE, 9);
    assertLegacyProblem("110105490229002", IdentifierProblem.DATE, 11);
    assertLegacyProblem(" ", IdentifierProblem.EMPTY, 0);
    assertThatThrownBy(() -> ResidentIdNumber.fromLegacy("11010519491231002X"))
        .hasMessageContaining("ResidentIdNumber.parse");
  }

  @Test
  void ageCountsTheBirthdayOnItsDay() {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

    assertThat(id.ageOn(LocalDate.of(1949, 12, 31))).isZero();
    assertThat(id.ageOn(LocalDate.of(2026, 12, 30))).isEqualTo(76);
    assertThat(id.ageOn(LocalDate.of(2026, 12, 31))).isEqualTo(77);
    assertThatThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("110105********002X")
        .hasMessageNotContaining("1949-12-31");
  }

  @Test
  void twentyNinthFebruaryBirthdaysTurnOlderOnFirstMarchInCommonYears() {
    ResidentIdNumber leapling = ResidentIdNumber.parse("11010520000229002" + Oracles.idCheck("11010520000229002"));

    assertThat(leapling.ageOn(LocalDate.of(2001, 2, 28))).isZero();
    assertThat(leapling.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
    assertThat(leapling.ageOn(LocalDate.of(2004, 2, 28))).isEqualTo(3);
    assertThat(leapling.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
    assertThat(leapling.ageOn(LocalDate.of(2018, 2, 28))).isEqualTo(17);
    assertThat(leapling.ageOn(LocalDate.of(2018, 3, 1))).isEqualTo(18);
  }

  @Test
  void rejectionsSayWhatIsWrongAndWhere() {
    assertProblem("", IdentifierProblem.EMPTY, 0);
    assertProblem("11010519491231002", IdentifierProblem.LENGTH, 0);
    assertProblem("1101051949123100201", IdentifierProblem.LENGTH, 0);
    assertProblem("11010519491231O02X", IdentifierProblem.CHARACTER, 15);
    assertProblem("11010519491231002Y", IdentifierProblem.CHARACTER, 18);
    assertProblem("X10105194912310021", IdentifierProblem.CHARACTER, 1);
    assertThat(ResidentIdNumber.isValid(null)).isFalse();
    assertThatThrownBy(() -> ResidentIdNumber.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void maskingWorksForAnyInput() {
    assertThat(ResidentIdNumber.mask("11010519491231002")).isEqualTo("110105***********");
    assertThat(ResidentIdNumber.mask("1101051949")).isEqualTo("**********");
    assertThat(ResidentIdNumber.mask("")).isEmpty();
    assertThat(ResidentIdNumber.mask("1".repeat(100))).isEqualTo("111111" + "*".repeat(26) + "…");
  }

  @Test
  void sexHasDisplayNames() {
    assertThat(Sex.FEMALE.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("女");
    assertThat(Sex.MALE.displayName(Locale.ENGLISH)).isEqualTo("male");
    assertThatThrownBy(() -> Sex.ofSequenceDigit(10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serialisationKeepsTheValue() throws IOException, ClassNotFoundException {
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");

    assertThat(DivisionCodePropertiesTest.roundTrip(id)).isEqualTo(id);
  }

  private static void assertDateProblem(String text, int position) {
    assertProblem(text, IdentifierProblem.DATE, position);
  }

  private static void assertProblem(String text, IdentifierProblem problem, int position) {
    assertThatThrownBy(() -> ResidentIdNumber.parse(text))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.position().orElse(0)).isEqualTo(position);
          assertThat(e.displayedInput()).isEqualTo(ResidentIdNumber.mask(text));
        });
  }

  private static void assertLegacyProblem(String text, IdentifierProblem problem, int position) {
    assertThatThrownBy(() -> ResidentIdNumber.fromLegacy(text))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.position().orElse(0)).isEqualTo(position);
        });
  }
}

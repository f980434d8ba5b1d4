package io.github.jiceng.governance.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Example tests from the domain notes (identifiers.md, reference.md section 7.2). */
class UnifiedSocialCreditCodeTest {

  @Test
  void publishedEnterpriseCodesAreValid() {
    UnifiedSocialCreditCode yangpu = UnifiedSocialCreditCode.parse("91310110666007217T");

    assertThat(yangpu.registrationAuthority()).contains(RegistrationAuthority.MARKET_REGULATION);
    assertThat(yangpu.organisationCategory()).contains(OrganisationCategory.ENTERPRISE);
    assertThat(yangpu.registrationAuthorityCode()).isEqualTo('9');
    assertThat(yangpu.categoryCode()).isEqualTo('1');
    assertThat(yangpu.divisionPart()).isEqualTo("310110");
    assertThat(yangpu.registrationDivision()).contains(DivisionCode.parse("310110"));
    assertThat(yangpu.organisationCode()).isEqualTo("666007217");
    assertThat(yangpu.checkCharacter()).isEqualTo('T');
    assertThat(yangpu.isSocialOrganisation()).isFalse();
    assertThat(yangpu.passesChecks()).isTrue();
    assertThat(yangpu).hasToString("91310110666007217T");

    UnifiedSocialCreditCode hangzhou = UnifiedSocialCreditCode.parse("91330101589882738D");
    assertThat(hangzhou.organisationCode()).isEqualTo("589882738");
    assertThat(hangzhou.registrationDivision()).contains(DivisionCode.parse("330101"));
  }

  @Test
  void socialOrganisationVectorsForKaizhouAgreeWithTheIndependentImplementation() {
    // Built with Oracles (BigInteger weights, search for the check character), not with the code under test.
    // The three fixed vectors were computed once with a separate throw-away script and are pinned here.
    List<String> fixed = List.of("51500154MJP001235W", "52500154MJP001235R", "53500154MJP001235N");
    for (String vector : fixed) {
      assertThat(IdGens.completeCreditCode(vector.substring(0, 16))).isEqualTo(vector);
    }
    assertThat(fixed).allSatisfy(text -> {
      UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
      assertThat(code.isSocialOrganisation()).isTrue();
      assertThat(code.registrationAuthority()).contains(RegistrationAuthority.CIVIL_AFFAIRS);
      assertThat(code.registrationDivision()).contains(DivisionCode.parse("500154"));
    });
    assertThat(fixed).extracting(text -> UnifiedSocialCreditCode.parse(text).organisationCategory().orElseThrow())
        .containsExactly(OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.SOCIAL_SERVICE_ORGANISATION,
            OrganisationCategory.FOUNDATION);
  }

  @Test
  void generatedKaizhouSocialOrganisationCodesParse() {
    org.quicktheories.QuickTheory.qt().withExamples(500).forAll(IdGens.kaizhouSocialOrganisationCodes())
        .checkAssert(text -> {
          UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
          assertThat(code.isSocialOrganisation()).isTrue();
          assertThat(code.organisationCategory()).isPresent();
          assertThat(code.organisationCategory().orElseThrow().authority())
              .isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
        });
  }

  @Test
  void aWrongCheckCharacterIsRejectedStrictlyAndReportedLeniently() {
    String wrong = "91310110666007217U";

    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(wrong))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(IdentifierProblem.CHECK_CHARACTER);
          assertThat(e.position()).hasValue(18);
          assertThat(e.displayedInput()).isEqualTo(wrong);
        })
        .hasMessage("Invalid unified social credit code '91310110666007217U' at position 18: check character 'U'"
            + " does not match 'T' computed from positions 1-17 (GB 32100 mod 31)");
    UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient(wrong);
    assertThat(lenient.failedChecks()).containsExactly(IdentifierProblem.CHECK_CHARACTER);
    assertThat(lenient.passesChecks()).isFalse();
    assertThat(lenient.failedChecks()).extracting(IdentifierProblem::code).containsExactly("check-character");
    assertThat(UnifiedSocialCreditCode.isValid(wrong)).isFalse();
  }

  @Test
  void aPilotStyleCodeWithOnlyTheEmbeddedCheckWrongIsAcceptedLeniently() {
    // Position 17 changed from 7 to 8, and the final check recomputed independently: only GB 11714 fails.
    String first17 = "91310110666007218";
    String text = first17 + Oracles.creditCheck(first17);

    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(IdentifierProblem.EMBEDDED_CHECK_CHARACTER);
          assertThat(e.position()).hasValue(17);
        })
        .hasMessageContaining("'8'")
        .hasMessageContaining("'7'");
    assertThat(UnifiedSocialCreditCode.parseLenient(text).failedChecks())
        .containsExactly(IdentifierProblem.EMBEDDED_CHECK_CHARACTER);
    assertThat(UnifiedSocialCreditCode.parseLenient(text)).isEqualTo(UnifiedSocialCreditCode.parseLenient(text));
  }

  @Test
  void bothChecksFailingAreBothReported() {
    String text = "91310110666007218T";

    assertThat(UnifiedSocialCreditCode.parseLenient(text).failedChecks())
        .containsExactly(IdentifierProblem.CHECK_CHARACTER, IdentifierProblem.EMBEDDED_CHECK_CHARACTER);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .hasMessageContaining("position 18")
        .hasMessageContaining("position 17 is wrong too");
  }

  @Test
  void nationalRegistrationsHaveNoDivision() {
    String text = IdGens.completeCreditCode("12100000" + "40000711");
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);

    assertThat(code.divisionPart()).isEqualTo("100000");
    assertThat(code.registrationDivision()).isEmpty();
    assertThat(code.organisationCategory()).contains(OrganisationCategory.PUBLIC_INSTITUTION);
  }

  @Test
  void unknownAuthoritiesAndCategoriesAreNotErrors() {
    UnifiedSocialCreditCode unknownCategory = UnifiedSocialCreditCode.parse(IdGens.completeCreditCode("5A500154MJ000001"));
    UnifiedSocialCreditCode unknownAuthority = UnifiedSocialCreditCode.parse(IdGens.completeCreditCode("T1500154MJ000001"));

    assertThat(unknownCategory.registrationAuthority()).contains(RegistrationAuthority.CIVIL_AFFAIRS);
    assertThat(unknownCategory.organisationCategory()).isEmpty();
    assertThat(unknownCategory.isSocialOrganisation()).isTrue();
    assertThat(unknownAuthority.registrationAuthority()).isEmpty();
    assertThat(unknownAuthority.organisationCategory()).isEmpty();
  }

  @Test
  void rejectionsSayWhatIsWrongAndWhere() {
    assertProblem("", IdentifierProblem.EMPTY, 0, "the code is empty");
    assertProblem("9131011066600721", IdentifierProblem.LENGTH, 0, "expected 18 characters, found 16");
    assertProblem("91310110666007217t", IdentifierProblem.CHARACTER, 18, "lower case");
    assertProblem("9131011066600721IT", IdentifierProblem.CHARACTER, 17, "I, O, S, V and Z are excluded");
    assertProblem("91310110666-07217T", IdentifierProblem.CHARACTER, 12, "not in the GB 32100 character set");
    assertProblem("913101A0666007217T", IdentifierProblem.CHARACTER, 7, "positions 3-8");
    assertProblem("91310110666 07217T", IdentifierProblem.CHARACTER, 12, "U+0020");
    assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void overlongInputIsCutInTheMessage() {
    String longText = "9".repeat(1000);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(longText))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.displayedInput()).hasSize(41).endsWith("…"));
  }

  @Test
  void checkCharacterHelpersRejectBadInput() {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacterOf("9131011066600721"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 16");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.checkCharacterOf("9131011066600721I"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 17");
    assertThatThrownBy(() -> UnifiedSocialCreditCode.organisationCodeCheckCharacterOf("6660072a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 8");
    // GB 11714 itself allows letters that the credit code set excludes (I = 18).
    assertThat(UnifiedSocialCreditCode.organisationCodeCheckCharacterOf("I6600721"))
        .isEqualTo(Oracles.organisationCheck("I6600721"));
  }

  @Test
  void categoriesKnowTheirPrefixesAndNames() {
    assertThat(OrganisationCategory.ofPrefix("52")).contains(OrganisationCategory.SOCIAL_SERVICE_ORGANISATION);
    assertThat(OrganisationCategory.SOCIAL_SERVICE_ORGANISATION.prefix()).isEqualTo("52");
    assertThat(OrganisationCategory.ofPrefix("5")).isEmpty();
    assertThat(OrganisationCategory.FOUNDATION.displayName(Locale.SIMPLIFIED_CHINESE)).isEqualTo("基金会");
    assertThat(OrganisationCategory.FOUNDATION.displayName(Locale.ENGLISH)).isEqualTo("foundation");
    assertThat(RegistrationAuthority.ofCode('Y')).contains(RegistrationAuthority.OTHER);
    assertThat(RegistrationAuthority.CIVIL_AFFAIRS.displayName(Locale.CHINA)).isEqualTo("民政");
    for (OrganisationCategory category : OrganisationCategory.values()) {
      assertThat(OrganisationCategory.ofPrefix(category.prefix())).contains(category);
    }
  }

  @Test
  void serialisationKeepsTheValueAndTheFailedChecks() throws IOException, ClassNotFoundException {
    UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient("91310110666007217U");
    Object copy = DivisionCodePropertiesTest.roundTrip(lenient);

    assertThat(copy).isEqualTo(lenient);
    assertThat(((UnifiedSocialCreditCode) copy).failedChecks()).containsExactly(IdentifierProblem.CHECK_CHARACTER);
  }

  private static void assertProblem(String text, IdentifierProblem problem, int position, String messagePart) {
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parse(text))
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).isEqualTo(problem);
          assertThat(e.position().orElse(0)).isEqualTo(position);
        })
        .hasMessageContaining(messagePart);
    assertThatThrownBy(() -> UnifiedSocialCreditCode.parseLenient(text))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}

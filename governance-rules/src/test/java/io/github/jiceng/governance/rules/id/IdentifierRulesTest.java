package io.github.jiceng.governance.rules.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

class IdentifierRulesTest {
  private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  private static List<Finding> findings(RulePack pack, Object record) {
    return Validator.builder(pack)
        .subject(UnifiedSocialCreditCode.class, "unified-social-credit-code", UnifiedSocialCreditCode::value)
        .rethrowRuleFailures(true).build().validate(record).findings();
  }

  private static Gen<UnifiedSocialCreditCode> kaizhouSocialOrganisations() {
    return in -> IdentifierGenerators.socialOrganisationCreditCodes(DivisionCode.parse("500154"))
        .generate(new SplittableRandom(in.next(Constraint.none())));
  }

  @Test
  void validCodesRegisteredInTheDistrictOrAboveHaveNoFindings() {
    RulePack kaizhou = StandardPacks.forJurisdiction("500154");
    qt().forAll(kaizhouSocialOrganisations()).checkAssert(code -> assertThat(findings(kaizhou, code)).isEmpty());
    UnifiedSocialCreditCode national = code("51100000", "MJ000001");
    UnifiedSocialCreditCode city = code("52500000", "MJ000002");
    assertThat(findings(kaizhou, national)).isEmpty();
    assertThat(findings(kaizhou, city)).isEmpty();
  }

  @Test
  void aCodeOfAnotherDistrictIsAWarningForTheDistrictButNotForTheCountry() {
    UnifiedSocialCreditCode yuzhong = code("52500103", "MJ000003");

    assertThat(findings(StandardPacks.forJurisdiction("500154"), yuzhong)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("id.uscc.division-outside-jurisdiction");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.subject()).isEqualTo(Subject.of("unified-social-credit-code", yuzhong.value()));
      assertThat(f.attribute("division")).contains("500103");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("500103").contains("500154");
    });
    assertThat(findings(StandardPacks.national(), yuzhong)).isEmpty();
  }

  @Test
  void everyWrongFinalCheckCharacterOfALenientCodeIsAWarningThatNamesTheExpectedOne() {
    qt().forAll(kaizhouSocialOrganisations(), org.quicktheories.generators.SourceDSL.integers().between(1, 30))
        .checkAssert((valid, shift) -> {
          char expected = valid.checkCharacter();
          char wrong = CHARSET.charAt((CHARSET.indexOf(expected) + shift) % CHARSET.length());
          UnifiedSocialCreditCode lenient = UnifiedSocialCreditCode.parseLenient(valid.value().substring(0, 17) + wrong);

          assertThat(findings(StandardPacks.national(), lenient)).singleElement().satisfies(f -> {
            assertThat(f.code().value()).isEqualTo("id.uscc.check-character");
            assertThat(f.attribute("expected")).contains(String.valueOf(expected));
            assertThat(f.attribute("found")).contains(String.valueOf(wrong));
          });
        });
  }

  @Test
  void aWrongEmbeddedCheckCharacterIsItsOwnWarning() {
    UnifiedSocialCreditCode valid = code("52500154", "MJ000004");
    String organisation = valid.organisationCode();
    char wrongOrgCheck = organisation.charAt(8) == '0' ? '1' : '0';
    String first17 = valid.value().substring(0, 16) + wrongOrgCheck;
    UnifiedSocialCreditCode lenient =
        UnifiedSocialCreditCode.parseLenient(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));

    assertThat(findings(StandardPacks.national(), lenient)).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("id.uscc.embedded-check-character");
      assertThat(f.attribute("expected")).contains(String.valueOf(organisation.charAt(8)));
    });
  }

  /** Builds a valid code from its first 8 characters and the first 8 characters of its organisation code. */
  private static UnifiedSocialCreditCode code(String prefix8, String organisation8) {
    String organisation = organisation8 + UnifiedSocialCreditCode.organisationCodeCheckCharacterOf(organisation8);
    String first17 = prefix8 + organisation;
    return UnifiedSocialCreditCode.parse(first17 + UnifiedSocialCreditCode.checkCharacterOf(first17));
  }
}

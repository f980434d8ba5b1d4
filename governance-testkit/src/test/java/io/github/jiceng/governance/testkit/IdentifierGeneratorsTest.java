package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.OrganisationCategory;
import io.github.jiceng.governance.core.id.RegistrationAuthority;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The valid generators give values that the core parsers accept, with the documented properties. */
class IdentifierGeneratorsTest {
  private static final int N = 2000;

  @Test
  void creditCodesAreStrictlyValidAndUseKnownCategories() {
    List<UnifiedSocialCreditCode> codes = IdentifierGenerators.unifiedSocialCreditCodes().sample(1L, N);

    assertThat(codes).allSatisfy(code -> {
      assertThat(UnifiedSocialCreditCode.parse(code.value())).isEqualTo(code);
      assertThat(code.passesChecks()).isTrue();
      assertThat(code.organisationCategory()).isPresent();
    });
    assertThat(codes).anySatisfy(code -> assertThat(code.registrationDivision()).isEmpty());
    assertThat(codes).anySatisfy(code -> assertThat(code.registrationDivision()).isPresent());
  }

  @Test
  void socialOrganisationCodesHavePrefixes51To53AndTheDivision() {
    DivisionCode kaizhou = DivisionCode.parse("500154");
    List<UnifiedSocialCreditCode> codes =
        IdentifierGenerators.socialOrganisationCreditCodes(kaizhou).sample(2L, N);

    assertThat(codes).allSatisfy(code -> {
      assertThat(UnifiedSocialCreditCode.isValid(code.value())).isTrue();
      assertThat(code.isSocialOrganisation()).isTrue();
      assertThat(code.registrationDivision()).contains(kaizhou);
      assertThat(code.organisationCategory().orElseThrow().authority()).isEqualTo(RegistrationAuthority.CIVIL_AFFAIRS);
    });
    assertThat(codes.stream().map(code -> code.organisationCategory().orElseThrow()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(OrganisationCategory.SOCIAL_GROUP, OrganisationCategory.SOCIAL_SERVICE_ORGANISATION,
            OrganisationCategory.FOUNDATION);
    assertThat(IdentifierGenerators.socialOrganisationCreditCodes(DivisionCode.parse("500154101201")).sample(3L, 10))
        .allSatisfy(code -> assertThat(code.divisionPart()).isEqualTo("500154"));
  }

  @Test
  void residentIdNumbersAreValidWithRealAddressesAndSensibleBirthDates() {
    List<ResidentIdNumber> ids = IdentifierGenerators.residentIdNumbers().sample(4L, N);

    assertThat(ids).allSatisfy(id -> {
      assertThat(ResidentIdNumber.parse(id.value())).isEqualTo(id);
      assertThat(id.addressDivision()).isPresent();
      assertThat(id.addressCode()).isIn(Divisions.COUNTIES);
      assertThat(id.birthDate()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2020, 12, 31));
      assertThat(id.toString()).doesNotContain(id.value().substring(6, 14));
    });
    assertThat(ids.stream().map(ResidentIdNumber::sex).collect(Collectors.toSet())).hasSize(2);
  }

  @Test
  void birthDateRangesAreInclusiveAndChecked() {
    LocalDate day = LocalDate.of(2008, 2, 29);
    assertThat(IdentifierGenerators.residentIdNumbersBornBetween(day, day).sample(5L, 50))
        .allSatisfy(id -> assertThat(id.birthDate()).isEqualTo(day));
    assertThatThrownBy(() -> IdentifierGenerators.residentIdNumbersBornBetween(day, day.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdentifierGenerators.residentIdNumbersBornBetween(LocalDate.of(0, 1, 1), day))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void legacyNumbersConvertToValidNumbers() {
    assertThat(IdentifierGenerators.legacyResidentIdNumbers().sample(6L, N)).allSatisfy(legacy -> {
      assertThat(legacy).hasSize(15).containsOnlyDigits();
      ResidentIdNumber converted = ResidentIdNumber.fromLegacy(legacy);
      assertThat(converted.value()).startsWith(legacy.substring(0, 6) + "19" + legacy.substring(6, 12));
      assertThat(converted.sequenceCode()).isEqualTo(legacy.substring(12));
    });
  }

  @Test
  void divisionCodesHaveTheRequestedLevel() {
    for (DivisionLevel level : DivisionLevel.values()) {
      assertThat(IdentifierGenerators.divisionCodes(level).sample(7L, 500)).allSatisfy(code -> {
        assertThat(code.level()).isEqualTo(level);
        assertThat(DivisionCode.parse(code.value())).isEqualTo(code);
      });
    }
  }

  @Test
  void townshipAndVillageCodesUseTheDefinedRanges() {
    Set<String> townshipKinds = IdentifierGenerators.divisionCodes(DivisionLevel.VILLAGE).sample(8L, N).stream()
        .map(code -> code.townshipKind().orElseThrow().name() + "/" + code.villageKind().orElseThrow().name())
        .collect(Collectors.toSet());

    assertThat(townshipKinds).noneMatch(kinds -> kinds.contains("OTHER")).hasSize(8);
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    qt().withExamples(50).forAll(longs().all()).checkAssert(seed -> {
      assertThat(IdentifierGenerators.residentIdNumbers().sample(seed, 5))
          .isEqualTo(IdentifierGenerators.residentIdNumbers().sample(seed, 5));
      assertThat(IdentifierGenerators.unifiedSocialCreditCodes().sample(seed, 5))
          .isEqualTo(IdentifierGenerators.unifiedSocialCreditCodes().sample(seed, 5));
      assertThat(InvalidIdentifierGenerators.invalidResidentIdNumbers().sample(seed, 5))
          .isEqualTo(InvalidIdentifierGenerators.invalidResidentIdNumbers().sample(seed, 5));
    });
    assertThat(IdentifierGenerators.residentIdNumbers().sample(1L, 20))
        .isNotEqualTo(IdentifierGenerators.residentIdNumbers().sample(2L, 20));
  }
}

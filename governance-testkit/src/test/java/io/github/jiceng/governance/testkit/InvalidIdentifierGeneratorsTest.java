package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.IdentifierProblem;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every invalid sample fails to parse with exactly the problem and position it announces: a cross-check of the
 * generators (which reason about the formats on their own) against the core parsers.
 */
class InvalidIdentifierGeneratorsTest {
  private static final int N = 3000;

  @Test
  void invalidCreditCodesFailAsAnnounced() {
    List<InvalidSample> samples = InvalidIdentifierGenerators.invalidUnifiedSocialCreditCodes().sample(11L, N);

    assertThat(samples).allSatisfy(sample -> assertFails(sample, UnifiedSocialCreditCode::parse));
    assertThat(problems(samples)).containsExactlyInAnyOrder(IdentifierProblem.CHECK_CHARACTER,
        IdentifierProblem.CHARACTER, IdentifierProblem.LENGTH, IdentifierProblem.EMBEDDED_CHECK_CHARACTER);
    assertThat(samples).allSatisfy(sample -> assertThat(sample.isPersonalData()).isFalse());
  }

  @Test
  void embeddedCheckSamplesAreAcceptedLeniently() {
    assertThat(InvalidIdentifierGenerators.invalidUnifiedSocialCreditCodes().sample(12L, N).stream()
        .filter(sample -> sample.expectedProblem() == IdentifierProblem.EMBEDDED_CHECK_CHARACTER))
        .isNotEmpty()
        .allSatisfy(sample -> assertThat(UnifiedSocialCreditCode.parseLenient(sample.text()).failedChecks())
            .containsExactly(IdentifierProblem.EMBEDDED_CHECK_CHARACTER));
  }

  @Test
  void invalidResidentIdNumbersFailAsAnnouncedAndPrintMasked() {
    List<InvalidSample> samples = InvalidIdentifierGenerators.invalidResidentIdNumbers().sample(13L, N);

    assertThat(samples).allSatisfy(sample -> {
      assertFails(sample, ResidentIdNumber::parse);
      assertThat(sample.isPersonalData()).isTrue();
      assertThat(sample.displayText()).isEqualTo(ResidentIdNumber.mask(sample.text()));
      assertThat(sample.toString()).contains(ResidentIdNumber.mask(sample.text()));
      if (sample.text().length() >= 14) {
        assertThat(sample.toString()).doesNotContain(sample.text().substring(6, 14));
      }
    });
    assertThat(problems(samples)).containsExactlyInAnyOrder(IdentifierProblem.CHECK_CHARACTER,
        IdentifierProblem.CHARACTER, IdentifierProblem.LENGTH, IdentifierProblem.DATE,
        IdentifierProblem.LEGACY_FORMAT);
  }

  @Test
  void legacySamplesConvert() {
    assertThat(InvalidIdentifierGenerators.invalidResidentIdNumbers().sample(14L, N).stream()
        .filter(sample -> sample.expectedProblem() == IdentifierProblem.LEGACY_FORMAT))
        .isNotEmpty()
        .allSatisfy(sample -> assertThat(ResidentIdNumber.fromLegacy(sample.text()).value())
            .startsWith(sample.text().substring(0, 6) + "19"));
  }

  @Test
  void invalidDivisionCodesFailAsAnnounced() {
    List<InvalidSample> samples = InvalidIdentifierGenerators.invalidDivisionCodes().sample(15L, N);

    assertThat(samples).allSatisfy(sample -> assertFails(sample, DivisionCode::parse));
    assertThat(problems(samples)).containsExactlyInAnyOrder(IdentifierProblem.LENGTH, IdentifierProblem.CHARACTER,
        IdentifierProblem.CODE_VALUE);
  }

  @Test
  void samplesAreValueObjects() {
    InvalidSample sample = InvalidSample.of("500", IdentifierProblem.LENGTH, 0, "3 digits");

    assertThat(sample).isEqualTo(InvalidSample.of("500", IdentifierProblem.LENGTH, 0, "3 digits"))
        .hasSameHashCodeAs(InvalidSample.of("500", IdentifierProblem.LENGTH, 0, "3 digits"))
        .isNotEqualTo(InvalidSample.ofPersonalData("500", IdentifierProblem.LENGTH, 0, "3 digits"))
        .hasToString("3 digits: '500' -> LENGTH");
    assertThat(sample.expectedPosition()).isEmpty();
    assertThat(InvalidSample.ofPersonalData("110105194912310021", IdentifierProblem.CHECK_CHARACTER, 18, "x"))
        .hasToString("x: '110105********0021' -> CHECK_CHARACTER at 18");
    assertThatThrownBy(() -> InvalidSample.of("1", IdentifierProblem.LENGTH, -1, "d"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Set<IdentifierProblem> problems(List<InvalidSample> samples) {
    return samples.stream().map(InvalidSample::expectedProblem)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdentifierProblem.class)));
  }

  private static void assertFails(InvalidSample sample, Consumer<String> parser) {
    assertThatThrownBy(() -> parser.accept(sample.text()))
        .as(sample.toString())
        .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
          assertThat(e.problem()).as(sample.toString()).isEqualTo(sample.expectedProblem());
          assertThat(e.position()).as(sample.toString()).isEqualTo(sample.expectedPosition());
        });
  }
}

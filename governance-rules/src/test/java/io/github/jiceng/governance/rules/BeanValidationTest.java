package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.constraint.ConstraintBridge;
import io.github.jiceng.governance.rules.testing.AllConstraints;
import io.github.jiceng.governance.rules.testing.Clause;
import io.github.jiceng.governance.rules.testing.ImmutableMeeting;
import io.github.jiceng.governance.rules.testing.Meeting;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class BeanValidationTest {
  /** An unfilled placeholder such as {value}. */
  private static final String PLACEHOLDER = "\\{[A-Za-z][A-Za-z0-9_]*}";
  private static final RulePack EMPTY = RulePack.builder("cn", "2026.1", "100000").build();

  /** A meeting breaking @NotBlank name, @Max attendance, a list element, a nested clause and a map value. */
  private static final ImmutableMeeting BROKEN = Meeting.valid("M1")
      .withName(" ")
      .withAttendance(100_001)
      .withTags("ok", " ")
      .withClauses(Clause.of("一"), Clause.of("二"), Clause.of(""))
      .withLabels(Map.of("a/b~c", " ", "fine", "x"));

  private static List<Finding> findings(Object record) {
    return Fixtures.meetings(EMPTY).build().validate(record).findings();
  }

  @Test
  void eachViolationIsOneFindingWithCodePointerAndArguments() {
    List<Finding> findings = findings(BROKEN);
    assertThat(findings).extracting(f -> f.code() + " " + f.location().pointer()).containsExactly(
        "constraint.Max /attendance",
        "constraint.NotBlank /clauses/2/text",
        "constraint.NotBlank /labels/a~1b~0c",
        "constraint.NotBlank /name",
        "constraint.NotBlank /tags/1");
    Finding max = findings.get(0);
    assertThat(max.severity()).isEqualTo(Severity.ERROR);
    assertThat(max.subject()).isEqualTo(Subject.of("meeting", "M1"));
    assertThat(max.attributes()).containsEntry("value", "100000").containsEntry("invalidValue", "100001")
        .containsEntry("property", "attendance");
    assertThat(max.message(Locale.ENGLISH)).isEqualTo("attendance is 100001; expected at most 100000");
    assertThat(max.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("attendance为100001，应不大于100000");
    assertThat(findings.get(1).message(Locale.ENGLISH)).isEqualTo("text must not be blank");
    assertThat(findings.get(1).packId()).contains("cn");
  }

  @Test
  void withoutTheGetterStrategyHibernateValidatorSeesNothing() {
    try (ValidatorFactory plain = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
      assertThat(plain.getValidator().validate(BROKEN)).isEmpty();
    }
    assertThat(findings(BROKEN)).hasSize(5);
  }

  @Test
  void beanValidationCanBeTurnedOff() {
    assertThat(Fixtures.meetings(EMPTY).beanValidation(false).build().validate(BROKEN).findings()).isEmpty();
  }

  @Test
  void everyBuiltInConstraintBecomesExactlyOneFindingInBothLanguages() {
    List<Finding> findings = findings(new AllConstraints());
    Map<String, List<String>> codesByProperty = findings.stream().collect(Collectors.groupingBy(
        f -> f.location().pointer().tokens().get(0), Collectors.mapping(f -> f.code().value(), Collectors.toList())));
    assertThat(codesByProperty).hasSize(26);
    codesByProperty.forEach((property, codes) -> {
      String constraint = Character.toUpperCase(property.charAt(0))
          + property.substring(1).replaceAll("(Exclusive|AtLeast|AtMost)$", "");
      assertThat(codes).as(property).containsExactly(
          "custom".equals(property) ? "constraint.Even" : "constraint." + constraint);
    });
    for (Finding finding : findings) {
      assertThat(finding.message(Locale.ENGLISH)).as(finding.toString()).doesNotContainPattern(PLACEHOLDER);
      assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).as(finding.toString()).doesNotContainPattern(PLACEHOLDER);
      if (!finding.code().value().equals("constraint.Even")) {
        assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(finding.message(Locale.ENGLISH));
      }
    }
  }

  @Test
  void variantsAndAttributesOfBuiltIns() {
    Map<String, Finding> byProperty = findings(new AllConstraints()).stream()
        .collect(Collectors.toMap(f -> f.location().pointer().tokens().get(0), f -> f));
    assertThat(byProperty.get("decimalMinExclusive").message(Locale.ENGLISH))
        .isEqualTo("decimalMinExclusive is 0.5; expected more than 0.5");
    assertThat(byProperty.get("decimalMin").message(Locale.ENGLISH)).isEqualTo("decimalMin is 0.4; expected at least 0.5");
    assertThat(byProperty.get("decimalMaxExclusive").message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("decimalMaxExclusive为2，应小于2");
    assertThat(byProperty.get("size").message(Locale.ENGLISH)).isEqualTo("size has size 1; expected between 2 and 4");
    assertThat(byProperty.get("sizeAtLeast").message(Locale.ENGLISH)).isEqualTo("sizeAtLeast has size 1; expected at least 2");
    assertThat(byProperty.get("sizeAtMost").message(Locale.ENGLISH)).isEqualTo("sizeAtMost has size 5; expected at most 4");
    assertThat(byProperty.get("digits").attributes()).containsEntry("integer", "2").containsEntry("fraction", "2");
    assertThat(byProperty.get("past").message(Locale.SIMPLIFIED_CHINESE)).contains("2027年1月1日");
    assertThat(byProperty.get("pattern").attributes()).containsEntry("regexp", "\\d{6}");
    assertThat(byProperty.get("custom").message(Locale.ENGLISH)).isEqualTo("custom: must be even");
  }

  @Test
  void textValuesAreMaskedAsPersonalDataUnlessRevealed() {
    Finding email = findings(new AllConstraints()).stream()
        .filter(f -> f.code().value().equals("constraint.Email")).findFirst().orElseThrow();
    assertThat(email.message(Locale.ENGLISH)).doesNotContain("zhang.san").contains("z*******************m");
    assertThat(email.attributes().get("invalidValue")).isEqualTo("z*******************m");
    Finding clear = Fixtures.meetings(EMPTY).revealPersonalData(true).build().validate(new AllConstraints())
        .forCode("constraint.Email").get(0);
    assertThat(clear.attributes()).containsEntry("invalidValue", "zhang.san.example.com");
  }

  @Test
  void pastAndFutureUseTheValidatorClock() {
    Validator later = Fixtures.meetings(EMPTY).clock(java.time.Clock.fixed(
        java.time.Instant.parse("2028-01-01T00:00:00Z"), Validator.CHINA)).build();
    List<String> codes = later.validate(new AllConstraints()).findings().stream()
        .map(f -> f.location().pointer().toString()).collect(Collectors.toList());
    assertThat(codes).doesNotContain("/past", "/pastOrPresent").contains("/future", "/futureOrPresent");
  }

  @Test
  void bridgeMessageKeysAreTheSupportedConstraints() {
    assertThat(ConstraintBridge.MESSAGE_KEYS).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  void nestedContainersBecomeNestedPointers() {
    assertThat(findings(new io.github.jiceng.governance.rules.testing.Nested()))
        .extracting(f -> f.code() + " " + f.location().pointer())
        .containsExactly("constraint.NotBlank /groups/x~1y/0", "constraint.NotBlank /members/1/1");
  }
}

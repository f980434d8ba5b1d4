package io.github.jiceng.governance.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.testing.FastPathFixtures.Part;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The probe turns the fast path off when a check would answer otherwise than the Hibernate Validator present. */
class SemanticsProbeTest {

  /** {@code @NotBlank} as older Hibernate Validator versions checked it: trimmed length, so U+3000 is not blank. */
  public static final class TrimmingNotBlank implements ConstraintValidator<NotBlank, CharSequence> {
    /** Creates the validator. */
    public TrimmingNotBlank() {
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
      return value != null && value.toString().trim().length() > 0;
    }
  }

  @Test
  void theValidatorOfThisBuildAgrees() {
    assertThat(SemanticsProbe.disagreement(ConstraintBridge.timelessValidator())).isEmpty();
  }

  @Test
  void theContainersAndCascadesOfThisBuildAgree() {
    assertThat(ContainerProbe.disagreement(ConstraintBridge.timelessValidator(), ConstraintBridge.shortcut()))
        .isEmpty();
    assertThat(ConstraintBridge.shortcut().planOf(ContainerProbe.Holder.class)).isPresent();
  }

  @Test
  void anotherNotBlankValidatorTurnsTheFastPathOff() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false).validatedBy(TrimmingNotBlank.class);
    try (ValidatorFactory factory = configuration.addMapping(mapping)
        .getterPropertySelectionStrategy(new AccessorPropertyStrategy())
        .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      assertThat(validator.validateValue(Part.class, "name", "\u3000")).isEmpty();
      assertThat(SemanticsProbe.disagreement(validator)).hasValueSatisfying(
          reason -> assertThat(reason).contains("notBlank"));
      PassingConstraints shortcut = PassingConstraints.of(factory, validator);
      assertThat(shortcut.enabled()).isFalse();
      assertThat(shortcut.passes(new Part("x", null))).isFalse();
      // The plan compiler also refuses constraints validated by other than HV's own validators.
      assertThat(new PlanCompilerProbe(validator).refusal(Part.class)).contains("TrimmingNotBlank");
    }
  }

  /** Compiles a plan and returns the refusal message. */
  private static final class PlanCompilerProbe {
    private final PlanCompiler compiler;

    PlanCompilerProbe(Validator validator) {
      this.compiler = new PlanCompiler(validator);
    }

    String refusal(Class<?> type) {
      try {
        return "planned: " + compiler.compile(type);
      } catch (PlanRefusal e) {
        return e.getMessage();
      }
    }
  }
}

package io.github.jiceng.governance.rules.testing;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom constraint without a bundle entry: its findings fall back to Hibernate Validator's message. */
@Target({ElementType.METHOD, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Even.Validator.class)
public @interface Even {
  /** @return the message */
  String message() default "must be even";

  /** @return the groups */
  Class<?>[] groups() default {};

  /** @return the payload */
  Class<? extends Payload>[] payload() default {};

  /** Checks evenness. */
  final class Validator implements ConstraintValidator<Even, Integer> {
    /** Creates the validator. */
    public Validator() {}

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
      return value == null || value % 2 == 0;
    }
  }
}

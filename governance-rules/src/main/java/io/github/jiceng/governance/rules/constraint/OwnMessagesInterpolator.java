package io.github.jiceng.governance.rules.constraint;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Objects;

/**
 * Leaves the messages of the built-in {@code jakarta.validation.constraints} untouched, because {@link ConstraintBridge}
 * renders its own zh-CN and English messages for them, and interpolates all others with a delegate.
 *
 * <p>This saves the interpolation work on every violation and keeps Hibernate Validator from logging HV000185 for the
 * Expression Language in the default {@code @DecimalMin}/{@code @DecimalMax} messages, which the EL-free
 * {@code ParameterMessageInterpolator} cannot evaluate (decision 0003).
 */
final class OwnMessagesInterpolator implements MessageInterpolator {
  private final MessageInterpolator delegate;

  OwnMessagesInterpolator(MessageInterpolator delegate) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
  }

  static boolean isBuiltIn(Class<?> constraintType) {
    return ConstraintBridge.BUILT_IN_PACKAGE.equals(constraintType.getPackageName());
  }

  @Override
  public String interpolate(String template, Context context) {
    return interpolate(template, context, Locale.ENGLISH);
  }

  @Override
  public String interpolate(String template, Context context, Locale locale) {
    if (isBuiltIn(context.getConstraintDescriptor().getAnnotation().annotationType())) {
      return template;
    }
    return delegate.interpolate(template, context, locale);
  }
}

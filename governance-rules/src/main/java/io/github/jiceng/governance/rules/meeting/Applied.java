package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.rules.ParameterValue;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.Objects;

/**
 * A number as applied on a record's date, with its {@link ThresholdSource}.
 *
 * @param <T> the type of the number
 */
final class Applied<T> {
  private final T value;
  private final ThresholdSource source;

  private Applied(T value, ThresholdSource source) {
    this.value = Objects.requireNonNull(value, "value");
    this.source = Objects.requireNonNull(source, "source");
  }

  /** The earlier text's number. */
  static <T> Applied<T> statute(T value) {
    return new Applied<>(value, ThresholdSource.TEXT_BEFORE_2026);
  }

  /** A parameter's value: provisional when it is the default, otherwise set by the pack. */
  static <T> Applied<T> parameter(ParameterValue<T> value) {
    return new Applied<>(value.value(), value.isDefault() ? ThresholdSource.PROVISIONAL : ThresholdSource.PACK);
  }

  /** A local parameter that has no provisional default (0 or false means "off"). */
  static <T> Applied<T> local(RuleContext context, io.github.jiceng.governance.rules.Parameter<T> parameter) {
    return new Applied<>(context.parameter(parameter), ThresholdSource.PACK);
  }

  T value() {
    return value;
  }

  ThresholdSource source() {
    return source;
  }

  boolean isProvisional() {
    return source.isProvisional();
  }

  /** Whether a rule of the given kind (provisional or confirmed) should judge by this number. */
  boolean isFor(boolean provisionalRule) {
    return isProvisional() == provisionalRule;
  }
}

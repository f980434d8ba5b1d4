package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed parameter of rules that a rule pack may set (规则参数), with a default and where the default comes from;
 * for example the number of days' notice before a meeting.
 *
 * <p>Declare it as a constant next to the rule that reads it and list it in {@link Rule#parameters()}; read it with
 * {@link RuleContext#parameter(Parameter)}. Values should be immutable and serializable (numbers, {@code String},
 * {@code java.time} types, enums). Parameters are equal when their names are.
 *
 * @param <T> the type of the value
 */
public final class Parameter<T> implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern NAME =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  /** The dotted name. */
  private final String name;
  /** The value type. */
  private final Class<T> type;
  /** The default value. */
  private final T defaultValue;
  /** Where the default comes from, or null. */
  private final LegalBasis basis;

  private Parameter(String name, Class<T> type, T defaultValue, LegalBasis basis) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "parameter name '" + name + "' must be two or more lower-case dot-separated kebab-case parts, like"
              + " 'meeting.notice.minimum-days'");
    }
    this.name = name;
    this.type = Objects.requireNonNull(type, "type");
    this.defaultValue = cast(Objects.requireNonNull(defaultValue, "defaultValue"));
    this.basis = basis;
  }

  /**
   * Declares a parameter whose default rests on no legal basis.
   *
   * @param name the name, for example {@code meeting.notice.minimum-days}
   * @param type the value type, not null
   * @param defaultValue the default, an instance of {@code type}
   * @param <T> the value type
   * @return the parameter
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <T> Parameter<T> of(String name, Class<T> type, T defaultValue) {
    return new Parameter<>(name, type, defaultValue, null);
  }

  /**
   * Declares a parameter whose default rests on a legal basis.
   *
   * @param name the name
   * @param type the value type, not null
   * @param defaultValue the default
   * @param basis where the default comes from, not null
   * @param <T> the value type
   * @return the parameter
   * @throws IllegalArgumentException if the name is malformed
   */
  public static <T> Parameter<T> of(String name, Class<T> type, T defaultValue, LegalBasis basis) {
    return new Parameter<>(name, type, defaultValue, Objects.requireNonNull(basis, "basis"));
  }

  /**
   * Checks that a value has this parameter's type.
   *
   * @param value the value, not null
   * @return the value, typed
   * @throws IllegalArgumentException if the value has another type
   */
  public T cast(Object value) {
    Objects.requireNonNull(value, () -> "value of parameter " + name);
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          "parameter " + name + " takes a " + type.getName() + ", but got a " + value.getClass().getName()
              + ": " + value);
    }
    return type.cast(value);
  }

  /**
   * Returns the name.
   *
   * @return the dotted name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the value type.
   *
   * @return the type
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Returns the default value.
   *
   * @return the default
   */
  public T defaultValue() {
    return defaultValue;
  }

  /**
   * Returns where the default comes from.
   *
   * @return the basis, or empty
   */
  public Optional<LegalBasis> basis() {
    return Optional.ofNullable(basis);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Parameter && name.equals(((Parameter<?>) other).name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns for example {@code meeting.notice.minimum-days (Integer, default 10)}. */
  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + ", default " + defaultValue + ")";
  }
}

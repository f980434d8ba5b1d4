package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of a {@link Parameter} together with its provenance (参数取值及来源): the default, or the rule pack that
 * set it, for which period and why.
 *
 * @param <T> the type of the value
 */
public final class ParameterValue<T> implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The parameter. */
  private final Parameter<T> parameter;
  /** The value. */
  private final T value;
  /** The pack that set it, or null for the default. */
  private final String packId;
  /** That pack's version, or null. */
  private final String packVersion;
  /** When the value applies. */
  private final ValidityPeriod inForce;
  /** Why, or null. */
  private final String note;

  private ParameterValue(
      Parameter<T> parameter, T value, String packId, String packVersion, ValidityPeriod inForce, String note) {
    this.parameter = Objects.requireNonNull(parameter, "parameter");
    this.value = parameter.cast(value);
    this.packId = packId;
    this.packVersion = packVersion;
    this.inForce = Objects.requireNonNull(inForce, "inForce");
    if (note != null && note.isBlank()) {
      throw new IllegalArgumentException("the note of a value of parameter " + parameter.name() + " must not be blank");
    }
    this.note = note;
  }

  /**
   * Returns the default value of a parameter.
   *
   * @param parameter the parameter, not null
   * @param <T> the value type
   * @return the default, always in force
   */
  public static <T> ParameterValue<T> defaultOf(Parameter<T> parameter) {
    return new ParameterValue<>(parameter, parameter.defaultValue(), null, null, ValidityPeriod.always(), null);
  }

  /**
   * Returns a value set by a rule pack.
   *
   * @param parameter the parameter, not null
   * @param value the value, of the parameter's type
   * @param packId the id of the pack that sets it, not null
   * @param packVersion the version of that pack, not null
   * @param inForce when the value applies, not null
   * @param note why the value is set, for example the local regulation; null for none
   * @param <T> the value type
   * @return the value
   * @throws IllegalArgumentException if the value has the wrong type or the note is blank
   */
  static <T> ParameterValue<T> ofPack(
      Parameter<T> parameter, Object value, String packId, String packVersion, ValidityPeriod inForce, String note) {
    return new ParameterValue<>(
        parameter,
        parameter.cast(value),
        Objects.requireNonNull(packId, "packId"),
        Objects.requireNonNull(packVersion, "packVersion"),
        inForce,
        note);
  }

  /**
   * Returns the parameter.
   *
   * @return the parameter
   */
  public Parameter<T> parameter() {
    return parameter;
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Tells whether this is the parameter's default.
   *
   * @return true if no pack set the value
   */
  public boolean isDefault() {
    return packId == null;
  }

  /**
   * Returns the id of the pack that set the value.
   *
   * @return the pack id, or empty for the default
   */
  public Optional<String> packId() {
    return Optional.ofNullable(packId);
  }

  /**
   * Returns the version of the pack that set the value.
   *
   * @return the pack version, or empty for the default
   */
  public Optional<String> packVersion() {
    return Optional.ofNullable(packVersion);
  }

  /**
   * Returns when the value applies.
   *
   * @return the period
   */
  public ValidityPeriod inForce() {
    return inForce;
  }

  /**
   * Returns why the value was set.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ParameterValue)) {
      return false;
    }
    ParameterValue<?> that = (ParameterValue<?>) other;
    return parameter.equals(that.parameter)
        && value.equals(that.value)
        && Objects.equals(packId, that.packId)
        && Objects.equals(packVersion, that.packVersion)
        && inForce.equals(that.inForce)
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(parameter, value, packId, packVersion, inForce, note);
  }

  /** Returns for example {@code meeting.notice.minimum-days = 7 (pack cn.chongqing 2026.1, [2026-01-01, ...))}. */
  @Override
  public String toString() {
    return parameter.name() + " = " + value
        + (packId == null ? " (default)" : " (pack " + packId + " " + packVersion + ", " + inForce + ")");
  }
}

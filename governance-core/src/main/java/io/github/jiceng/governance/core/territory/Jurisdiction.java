package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * A jurisdiction (管辖范围): the whole country, or the territory of one administrative division such as Chongqing
 * (500000) or Kaizhou District (500154). Rule packs and their rules apply to a jurisdiction.
 *
 * <p>The country has the customary code {@code 100000} (used, for example, in the division part of credit codes of
 * nationally registered organisations); it is not a GB/T 2260 division code, which is why this type exists beside
 * {@link DivisionCode}.
 *
 * <pre>{@code
 * Jurisdiction.parse("100000").contains(DivisionCode.parse("500154"));   // true
 * Jurisdiction.parse("500154").contains(DivisionCode.parse("500103"));   // false
 * }</pre>
 */
public final class Jurisdiction implements Serializable {
  private static final long serialVersionUID = 1L;
  /** The customary code of the whole country. */
  public static final String NATIONAL_CODE = "100000";
  private static final Jurisdiction NATIONAL = new Jurisdiction(null);

  /** The division, or null for the whole country. */
  private final DivisionCode division;

  private Jurisdiction(DivisionCode division) {
    this.division = division;
  }

  /**
   * Returns the jurisdiction of the whole country.
   *
   * @return the national jurisdiction
   */
  public static Jurisdiction national() {
    return NATIONAL;
  }

  /**
   * Returns the jurisdiction of a division.
   *
   * @param division the division, not null
   * @return the jurisdiction
   */
  public static Jurisdiction of(DivisionCode division) {
    return new Jurisdiction(Objects.requireNonNull(division, "division"));
  }

  /**
   * Parses {@code "100000"} (the whole country) or a division code (6 or 12 digits).
   *
   * @param text the code, not null
   * @return the jurisdiction
   * @throws InvalidIdentifierException if the text is neither (the exception is that of {@link DivisionCode#parse})
   */
  public static Jurisdiction parse(String text) {
    Objects.requireNonNull(text, "text");
    if (NATIONAL_CODE.equals(text) || (NATIONAL_CODE + "000000").equals(text)) {
      return NATIONAL;
    }
    return of(DivisionCode.parse(text));
  }

  /**
   * Returns whether this is the whole country.
   *
   * @return true for the national jurisdiction
   */
  public boolean isNational() {
    return division == null;
  }

  /**
   * Returns the division of this jurisdiction.
   *
   * @return the division code, or empty for the whole country
   */
  public Optional<DivisionCode> division() {
    return Optional.ofNullable(division);
  }

  /**
   * Returns whether a division lies in this jurisdiction (the division itself or one under it).
   *
   * @param code the division code, not null
   * @return true if the code is inside
   */
  public boolean contains(DivisionCode code) {
    Objects.requireNonNull(code, "code");
    return division == null || division.contains(code);
  }

  /**
   * Returns whether another jurisdiction lies entirely in this one.
   *
   * @param other the other jurisdiction, not null
   * @return true if every division in {@code other} is in this jurisdiction
   */
  public boolean contains(Jurisdiction other) {
    Objects.requireNonNull(other, "other");
    return division == null || (other.division != null && division.contains(other.division));
  }

  /**
   * Returns the code as written in data: {@code 100000} for the country, otherwise the 6-digit GB/T 2260 code for a
   * county or higher division and the 12-digit code below that.
   *
   * @return the code
   */
  public String code() {
    if (division == null) {
      return NATIONAL_CODE;
    }
    return division.level().isAbove(DivisionLevel.TOWNSHIP)
        ? division.gbCode()
        : division.value();
  }

  /**
   * Keeps the national jurisdiction a singleton across serialization.
   *
   * @return the national singleton for the national jurisdiction, otherwise this instance
   */
  private Object readResolve() {
    return division == null ? NATIONAL : this;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Jurisdiction && Objects.equals(division, ((Jurisdiction) other).division);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(division);
  }

  /** Returns the {@link #code()}. */
  @Override
  public String toString() {
    return code();
  }
}

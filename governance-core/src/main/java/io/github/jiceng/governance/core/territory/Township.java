package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.TownshipKind;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A township-level division (乡级行政区): a street (街道), town (镇), township (乡) or special area, such as 汉丰街道 or
 * 满月镇.
 *
 * <p>Its {@link #code()} must be township-level and its stated {@link #districtCode()} county-level (checked at
 * construction). Whether the district code is the parent of the code, whether that district exists, and whether the
 * {@link #kind()} agrees with the code's township range are not checked here: rules report them as findings.
 *
 * <pre>{@code
 * Township hanfeng = Township.of(DivisionCode.parse("500154001000"), "汉丰街道"); // STREET, in 500154
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Township implements TerritorialUnit {
  private static final String TYPE = "Township";

  Township() {
  }

  /**
   * Returns a new builder, for townships with a stated district or kind that differs from the code, or with a
   * validity period.
   *
   * @return a new strict builder
   */
  public static ImmutableTownship.Builder builder() {
    return new ImmutableTownship.Builder();
  }

  /**
   * Returns a township that agrees with its code: the kind is read from the code's township range and the district
   * is the code's county; it is in force without time limits.
   *
   * @param code the township-level code, not null
   * @param name the name, such as {@code "汉丰街道"}, not null
   * @return the township
   * @throws IllegalArgumentException if the code is not township-level
   * @throws NullPointerException if an argument is null
   */
  public static Township of(DivisionCode code, String name) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    UnitInvariants.requireLevel(TYPE, name, "code", code, DivisionLevel.TOWNSHIP);
    return builder()
        .code(code)
        .name(name)
        .kind(code.townshipKind().orElseThrow())
        .districtCode(code.ancestorAt(DivisionLevel.COUNTY))
        .build();
  }

  /**
   * Returns the kind of township the record states; rules compare it with {@link DivisionCode#townshipKind()}.
   *
   * @return the kind, for example {@link TownshipKind#STREET}
   */
  public abstract TownshipKind kind();

  /**
   * Returns the code of the district the record states the township belongs to; rules compare it with the county
   * part of {@link #code()}.
   *
   * @return a county-level code
   */
  public abstract DivisionCode districtCode();

  /**
   * Returns {@link DivisionLevel#TOWNSHIP}.
   *
   * @return the township level
   */
  @Override
  public final DivisionLevel level() {
    return DivisionLevel.TOWNSHIP;
  }

  /**
   * Returns the stated {@link #districtCode()}.
   *
   * @return the district code, always present
   */
  @Override
  public final Optional<DivisionCode> parentCode() {
    return Optional.of(districtCode());
  }

  @Value.Check
  void check() {
    UnitInvariants.requireLevel(TYPE, name(), "code", code(), DivisionLevel.TOWNSHIP);
    UnitInvariants.requireLevel(TYPE, name(), "stated district code", districtCode(), DivisionLevel.COUNTY);
    UnitInvariants.requireValidity(TYPE, this);
  }

  /** Returns for example {@code "Township[500154001000 汉丰街道 STREET, district 500154000000]"}. */
  @Override
  public String toString() {
    String validity = UnitInvariants.describeValidity(this);
    return "Township[" + code() + " " + name() + " " + kind() + ", district " + districtCode()
        + (validity.isEmpty() ? "" : ", " + validity) + "]";
  }
}

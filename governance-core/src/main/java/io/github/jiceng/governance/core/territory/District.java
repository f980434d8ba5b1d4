package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A county-level division (县级行政区, 区/县): a district, county, autonomous county or county-level city, the top of a
 * {@link Territory}, such as 开州区 (Kaizhou District, 500154).
 *
 * <p>Its {@link #code()} must be county-level (checked at construction). Its parent, a prefecture or province, is
 * outside this model, so {@link #parentCode()} is empty.
 *
 * <pre>{@code
 * District kaizhou = District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT);
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class District implements TerritorialUnit {
  private static final String TYPE = "District";

  District() {
  }

  /**
   * Returns a new builder, for units with a validity period.
   *
   * @return a new strict builder
   */
  public static ImmutableDistrict.Builder builder() {
    return new ImmutableDistrict.Builder();
  }

  /**
   * Returns a district that is in force without time limits.
   *
   * @param code the county-level code, not null
   * @param name the name, such as {@code "开州区"}, not null
   * @param kind the kind, not null
   * @return the district
   * @throws IllegalArgumentException if the code is not county-level
   * @throws NullPointerException if an argument is null
   */
  public static District of(DivisionCode code, String name, DistrictKind kind) {
    return builder()
        .code(Objects.requireNonNull(code, "code"))
        .name(Objects.requireNonNull(name, "name"))
        .kind(Objects.requireNonNull(kind, "kind"))
        .build();
  }

  /**
   * Returns the kind of county-level division.
   *
   * @return the kind, for example {@link DistrictKind#DISTRICT}
   */
  public abstract DistrictKind kind();

  /**
   * Returns {@link DivisionLevel#COUNTY}.
   *
   * @return the county level
   */
  @Override
  public final DivisionLevel level() {
    return DivisionLevel.COUNTY;
  }

  /**
   * Returns empty: a district's parent is outside this model.
   *
   * @return empty
   */
  @Override
  public final Optional<DivisionCode> parentCode() {
    return Optional.empty();
  }

  @Value.Check
  void check() {
    UnitInvariants.requireLevel(TYPE, name(), "code", code(), DivisionLevel.COUNTY);
    UnitInvariants.requireValidity(TYPE, this);
  }

  /** Returns for example {@code "District[500154000000 开州区 DISTRICT]"}. */
  @Override
  public String toString() {
    String validity = UnitInvariants.describeValidity(this);
    return "District[" + code() + " " + name() + " " + kind() + (validity.isEmpty() ? "" : ", " + validity) + "]";
  }
}

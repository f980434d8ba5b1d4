package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another service facility the district counts (社会服务设施), of a {@link FacilityKind}, located in a division at
 * any level of the district, open from an optional day until an optional closing day (exclusive).
 *
 * <p>Construction rejects a closing day on or before the opening day.
 *
 * <pre>{@code
 * ServiceFacility home = ServiceFacility.builder()
 *     .id("FAC-E-001").name("汉丰街道养老服务中心").kind(FacilityKind.ELDERLY_CARE)
 *     .territoryCode(DivisionCode.parse("500154001000")).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ServiceFacility {
  ServiceFacility() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableServiceFacility.Builder builder() {
    return new ImmutableServiceFacility.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the facility's name.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns the kind of facility.
   *
   * @return the kind
   */
  public abstract FacilityKind kind();

  /**
   * Returns the division the facility lies in, at any level.
   *
   * @return the division code
   */
  public abstract DivisionCode territoryCode();

  /**
   * Returns the first day the facility is open.
   *
   * @return the day, or empty if open since before any day of interest
   */
  public abstract Optional<LocalDate> openedOn();

  /**
   * Returns the first day the facility is closed.
   *
   * @return the day (exclusive), or empty if still open
   */
  public abstract Optional<LocalDate> closedOn();

  /**
   * Returns whether the facility is open on a day.
   *
   * @param day the day, not null
   * @return true if {@code openedOn <= day < closedOn}
   * @throws NullPointerException if {@code day} is null
   */
  public final boolean isOpenOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return Amounts.isOpenOn(openedOn(), closedOn(), day);
  }

  @Value.Check
  void check() {
    Amounts.requireOrder("ServiceFacility", id(), openedOn(), closedOn());
  }

  /** Returns for example {@code "ServiceFacility[FAC-E-001 汉丰街道养老服务中心 ELDERLY_CARE, 500154001000]"}. */
  @Override
  public String toString() {
    return "ServiceFacility[" + id() + " " + name() + " " + kind() + ", " + territoryCode()
        + openedOn().map(d -> ", opened " + d).orElse("") + closedOn().map(d -> ", closed " + d).orElse("") + "]";
  }
}

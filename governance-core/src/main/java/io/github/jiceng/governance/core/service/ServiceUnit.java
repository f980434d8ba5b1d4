package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the three-tier social-work service system (社会工作服务阵地): a {@link GuidanceCentre}, a {@link
 * SocialWorkStation} or a {@link SocialWorkRoom}, serving one territorial unit of its tier's level from its opening
 * day until it closes.
 *
 * <p>Open: from {@link #openedOn()} (inclusive) until {@link #closedOn()} (exclusive; still open when empty).
 */
public sealed interface ServiceUnit permits GuidanceCentre, SocialWorkStation, SocialWorkRoom {
  /**
   * Returns the record's id, by which other records refer to the unit.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  String id();

  /**
   * Returns the unit's name.
   *
   * @return for example {@code 满月镇社会工作服务站}; checked to be non-blank by the rules
   */
  @NotBlank
  String name();

  /**
   * Returns the unit's tier.
   *
   * @return the tier
   */
  ServiceTier tier();

  /**
   * Returns the division code of the territorial unit served, at the tier's {@link ServiceTier#territoryLevel()}
   * (checked at construction).
   *
   * @return the district, township or village-level code
   */
  DivisionCode territoryCode();

  /**
   * Returns the first day the unit is open.
   *
   * @return the opening day
   */
  LocalDate openedOn();

  /**
   * Returns the first day the unit is closed (after a merger, a move or the end of a contract).
   *
   * @return the closing day (exclusive), or empty if still open
   */
  Optional<LocalDate> closedOn();

  /**
   * Returns who runs the unit.
   *
   * @return the operator, or empty if not recorded
   */
  Optional<@Valid Operator> operator();

  /**
   * Returns the unit's premises.
   *
   * @return the premises, or empty if not recorded
   */
  Optional<@Valid Premises> premises();

  /**
   * Returns whether the unit is open on a day.
   *
   * @param day the day, not null
   * @return true if {@code openedOn <= day < closedOn}
   * @throws NullPointerException if {@code day} is null
   */
  default boolean isOpenOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return Amounts.isOpenOn(Optional.of(openedOn()), closedOn(), day);
  }

  /**
   * Returns whether the unit is open on at least one day of a period.
   *
   * @param period the period, not null
   * @return true if the unit's open days and the period overlap
   * @throws NullPointerException if {@code period} is null
   */
  default boolean isOpenDuring(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    return period.overlaps(Optional.of(openedOn()), closedOn());
  }
}

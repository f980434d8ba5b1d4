package io.github.jiceng.governance.core.service;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;

/**
 * A dated record of what a service unit did or received (服务单位台账记录): a {@link ServiceDelivery}, a {@link
 * ServiceFunding} or a {@link TrainingSession}. It names its unit by id; indicators for a period count the records
 * dated in it.
 */
public sealed interface UnitRecord permits ServiceDelivery, ServiceFunding, TrainingSession {
  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  String id();

  /**
   * Returns the id of the unit the record belongs to (a centre, station or room).
   *
   * @return the unit's id; checked to be non-blank by the rules
   */
  @NotBlank
  String unitId();

  /**
   * Returns the record's day, which decides the period it counts in and the law that applies to it.
   *
   * @return the day
   */
  LocalDate date();
}

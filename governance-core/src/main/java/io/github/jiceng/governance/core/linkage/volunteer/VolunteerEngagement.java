package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A volunteer engagement (志愿服务安排): an organisation's arrangement with one volunteer for a period of service,
 * with the circumstances that may require a written service agreement (书面协议) and the day one was signed.
 *
 * <p>The period runs from {@link #startDate()} to {@link #endDate()}, both inclusive; an open engagement has no end.
 * Whether full-time service lasts three consecutive months or more is computed from these dates by the rules.
 */
@Value.Immutable
public abstract class VolunteerEngagement {
  VolunteerEngagement() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableVolunteerEngagement.Builder builder() {
    return new ImmutableVolunteerEngagement.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the volunteer's unified number.
   *
   * @return the number; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String volunteerNumber();

  /**
   * Returns the organisation that arranges the service.
   *
   * @return the organiser
   */
  @Valid
  public abstract ActorRef organiser();

  /**
   * Returns the first day of service; the law in force on that day applies.
   *
   * @return the first day
   */
  public abstract LocalDate startDate();

  /**
   * Returns the last day of service (inclusive).
   *
   * @return the last day, or empty if the engagement is open
   */
  public abstract Optional<LocalDate> endDate();

  /**
   * Returns whether the service is full time (全日制).
   *
   * @return true for full-time service; false by default
   */
  @Value.Default
  public boolean fullTime() {
    return false;
  }

  /**
   * Returns the stated circumstances that call for a written agreement.
   *
   * @return the circumstances, possibly none
   */
  public abstract Set<EngagementCircumstance> circumstances();

  /**
   * Returns the day a written service agreement was signed.
   *
   * @return the day, or empty if there is no written agreement
   */
  public abstract Optional<LocalDate> writtenAgreementOn();

  /**
   * Returns whether the service is full time for at least a number of consecutive months by a day: the engagement's
   * last day (or, if it is open, {@code asOf}) is on or after the day before the same day that many months after the
   * start. For example from 2025-01-01, three months are complete on 2025-03-31.
   *
   * @param months the number of months, positive
   * @param asOf the day to judge an open engagement by, not null
   * @return true if full time and long enough
   * @throws IllegalArgumentException if {@code months} is not positive
   * @throws NullPointerException if {@code asOf} is null
   */
  public final boolean isFullTimeForAtLeast(int months, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (months <= 0) {
      throw new IllegalArgumentException("months must be positive: " + months);
    }
    LocalDate last = endDate().orElse(asOf);
    return fullTime() && !last.isBefore(startDate().plusMonths(months).minusDays(1));
  }

  @Value.Check
  void check() {
    endDate().ifPresent(end -> {
      if (end.isBefore(startDate())) {
        throw new IllegalArgumentException("VolunteerEngagement '" + id() + "': end date " + end
            + " is before start date " + startDate());
      }
    });
  }

  /** Returns for example {@code "VolunteerEngagement[E-1 V500154-000123 2025-01-01 to 2025-06-30 full time]"}. */
  @Override
  public String toString() {
    return "VolunteerEngagement[" + id() + " " + volunteerNumber() + " with " + organiser() + " " + startDate()
        + endDate().map(e -> " to " + e).orElse(" (open)") + (fullTime() ? " full time" : "")
        + (circumstances().isEmpty() ? "" : " " + circumstances())
        + writtenAgreementOn().map(d -> ", agreement " + d).orElse("") + "]";
  }
}

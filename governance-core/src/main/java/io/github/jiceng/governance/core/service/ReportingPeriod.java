package io.github.jiceng.governance.core.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reporting period (统计期): the days from {@link #start()} (inclusive) to {@link #end()} (exclusive), usually a
 * calendar year.
 *
 * <p>Indicators for a period measure <b>stocks</b> (units, staff, coverage) on the period's {@link #referenceDay()},
 * its last day, and <b>flows</b> (services, beneficiaries, training, funding) over the records dated in the period.
 *
 * <pre>{@code
 * ReportingPeriod y2025 = ReportingPeriod.year(2025);
 * y2025.referenceDay();   // 2025-12-31
 * y2025.toString();       // "2025"
 * }</pre>
 */
@Value.Immutable
public abstract class ReportingPeriod {
  ReportingPeriod() {
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, for example 2025
   * @return the period from 1 January of the year to 1 January of the next (exclusive)
   */
  public static ReportingPeriod year(int year) {
    return of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
  }

  /**
   * Returns a period.
   *
   * @param start the first day, not null
   * @param end the first day after the period, after {@code start}
   * @return the period
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   * @throws NullPointerException if an argument is null
   */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return new ImmutableReportingPeriod.Builder().start(start).end(end).build();
  }

  /**
   * Returns the first day of the period.
   *
   * @return the first day
   */
  public abstract LocalDate start();

  /**
   * Returns the first day after the period.
   *
   * @return the exclusive end
   */
  public abstract LocalDate end();

  /**
   * Returns the last day of the period, on which stocks are measured.
   *
   * @return the day before {@link #end()}
   */
  public final LocalDate referenceDay() {
    return end().minusDays(1);
  }

  /**
   * Returns whether a day lies in the period.
   *
   * @param day the day, not null
   * @return true if {@code start <= day < end}
   * @throws NullPointerException if {@code day} is null
   */
  public final boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start()) && day.isBefore(end());
  }

  /**
   * Returns whether something in force from {@code from} (inclusive) to {@code until} (exclusive) is in force on at
   * least one day of the period.
   *
   * @param from the first day, or empty for "since ever"
   * @param until the first day no longer in force, or empty for "still"
   * @return true if the two overlap
   * @throws NullPointerException if an argument is null
   */
  public final boolean overlaps(Optional<LocalDate> from, Optional<LocalDate> until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    return from.map(f -> f.isBefore(end())).orElse(true) && until.map(u -> u.isAfter(start())).orElse(true);
  }

  /**
   * Returns whether something in force from {@code from} to {@code until} is in force on every day of the period.
   *
   * @param from the first day, or empty for "since ever"
   * @param until the first day no longer in force, or empty for "still"
   * @return true if the period lies inside {@code [from, until)}
   * @throws NullPointerException if an argument is null
   */
  public final boolean liesWithin(Optional<LocalDate> from, Optional<LocalDate> until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    return from.map(f -> !f.isAfter(start())).orElse(true) && until.map(u -> !u.isBefore(end())).orElse(true);
  }

  /**
   * Returns whether the period is exactly one calendar year.
   *
   * @return true for {@code [yyyy-01-01, yyyy+1-01-01)}
   */
  public final boolean isCalendarYear() {
    return start().getDayOfYear() == 1 && end().equals(start().plusYears(1));
  }

  /**
   * Returns the previous period of the same length in years, months and days: the year before a calendar year.
   *
   * @return for {@code 2025}, the period {@code 2024}
   */
  public final ReportingPeriod previous() {
    if (isCalendarYear()) {
      return year(start().getYear() - 1);
    }
    java.time.Period length = java.time.Period.between(start(), end());
    return of(start().minus(length), start());
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw new IllegalArgumentException("ReportingPeriod: end " + end() + " is not after start " + start()
          + "; the end is the first day after the period");
    }
  }

  /** Returns {@code "2025"} for a calendar year, otherwise for example {@code "[2025-07-01, 2026-07-01)"}. */
  @Override
  public String toString() {
    return isCalendarYear() ? Year.of(start().getYear()).toString() : "[" + start() + ", " + end() + ")";
  }
}

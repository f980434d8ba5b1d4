package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open period of days {@code [from, until)} during which something is in force (有效期间): a legal basis, a
 * rule, a rule pack or a parameter value.
 *
 * <p>{@code from} is the first day in force; {@code until} is the first day <em>no longer</em> in force, so that a
 * replaced instrument's {@code until} equals its successor's {@code from}. Either end may be open.
 */
public final class ValidityPeriod implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ValidityPeriod ALWAYS = new ValidityPeriod(null, null);

  /** First day in force, or null if open. */
  private final LocalDate from;
  /** First day no longer in force, or null if open. */
  private final LocalDate until;

  private ValidityPeriod(LocalDate from, LocalDate until) {
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException(
          "a validity period must end after it starts: from " + from + ", until " + until
              + " (until is the first day no longer in force)");
    }
    this.from = from;
    this.until = until;
  }

  /**
   * Returns the period without bounds: always in force.
   *
   * @return the unbounded period
   */
  public static ValidityPeriod always() {
    return ALWAYS;
  }

  /**
   * Returns the period from a first day, open-ended.
   *
   * @param from the first day in force, not null
   * @return the period
   */
  public static ValidityPeriod from(LocalDate from) {
    return new ValidityPeriod(Objects.requireNonNull(from, "from"), null);
  }

  /**
   * Returns the period from a first day until (excluding) another.
   *
   * @param from the first day in force, not null
   * @param until the first day no longer in force, not null, after {@code from}
   * @return the period
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public static ValidityPeriod of(LocalDate from, LocalDate until) {
    return new ValidityPeriod(Objects.requireNonNull(from, "from"), Objects.requireNonNull(until, "until"));
  }

  /**
   * Returns the period that ends before a day and has no start.
   *
   * @param until the first day no longer in force, not null
   * @return the period
   */
  public static ValidityPeriod until(LocalDate until) {
    return new ValidityPeriod(null, Objects.requireNonNull(until, "until"));
  }

  /**
   * Parses the two ends as ISO-8601 dates ({@code 2019-01-01}); an empty string means an open end. This is the form
   * used in annotations.
   *
   * @param from the first day in force, or empty
   * @param until the first day no longer in force, or empty
   * @return the period
   * @throws IllegalArgumentException if a non-empty end is not an ISO date or the period is empty
   */
  public static ValidityPeriod parse(String from, String until) {
    return new ValidityPeriod(parseDate(from, "from"), parseDate(until, "until"));
  }

  private static LocalDate parseDate(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + what + "' must be an ISO-8601 date like 2019-01-01 or empty, but was '" + text + "'", e);
    }
  }

  /**
   * Returns the first day in force.
   *
   * @return the first day, or empty if the period has no start
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the first day no longer in force.
   *
   * @return the first day after the period, or empty if the period has no end
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Tells whether a day lies in the period.
   *
   * @param date the day, not null
   * @return true if {@code from <= date < until}
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
  }

  /**
   * Tells whether this period and another share at least one day.
   *
   * @param other the other period, not null
   * @return true if they overlap
   */
  public boolean overlaps(ValidityPeriod other) {
    Objects.requireNonNull(other, "other");
    boolean startsBeforeOtherEnds = from == null || other.until == null || from.isBefore(other.until);
    boolean otherStartsBeforeThisEnds = other.from == null || until == null || other.from.isBefore(until);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ValidityPeriod
        && Objects.equals(from, ((ValidityPeriod) other).from)
        && Objects.equals(until, ((ValidityPeriod) other).until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  /** Returns the period as {@code [2019-01-01, 2024-01-01)}, with {@code ...} for an open end. */
  @Override
  public String toString() {
    return "[" + (from == null ? "..." : from) + ", " + (until == null ? "..." : until) + ")";
  }
}

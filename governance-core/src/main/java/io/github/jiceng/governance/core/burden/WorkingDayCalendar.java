package io.github.jiceng.governance.core.burden;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A working-day calendar (工作日历): Monday to Friday, minus the public holidays, plus the weekend days declared
 * working days (调休上班日). The caller supplies the holidays and working weekend days, such as those of the State
 * Council's yearly notice; without them only weekends are rest days.
 *
 * <p>Counting follows 民法典 Art 201: a period does not include its first day. {@link #workingDaysAfter} counts the
 * working days after one day up to and including another; {@link #plusWorkingDays} gives the n-th working day after a
 * day, so a decision "within 15 working days" of a request is due by {@code plusWorkingDays(requestDate, 15)}.
 * Immutable and serializable (rule packs carry it as a parameter value).
 *
 * <pre>{@code
 * WorkingDayCalendar calendar = WorkingDayCalendar.weekdays()
 *     .withHolidays(List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 5)))
 *     .withWorkingDays(List.of(LocalDate.of(2025, 4, 27)));
 * calendar.isWorkingDay(LocalDate.of(2025, 4, 27)); // true: a Sunday declared a working day
 * }</pre>
 */
public final class WorkingDayCalendar implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final WorkingDayCalendar WEEKDAYS = new WorkingDayCalendar(new TreeSet<>(), new TreeSet<>());

  /** Days off that would otherwise be working days (public holidays), sorted. */
  private final SortedSet<LocalDate> holidays;
  /** Weekend days that are working days (调休上班日), sorted. */
  private final SortedSet<LocalDate> workingDays;

  private WorkingDayCalendar(TreeSet<LocalDate> holidays, TreeSet<LocalDate> workingDays) {
    for (LocalDate day : holidays) {
      if (workingDays.contains(day)) {
        throw new IllegalArgumentException(day + " is both a holiday and a working day; expected one of the two");
      }
    }
    this.holidays = Collections.unmodifiableSortedSet(holidays);
    this.workingDays = Collections.unmodifiableSortedSet(workingDays);
  }

  /**
   * Returns the calendar of Monday to Friday without holidays.
   *
   * @return the weekday calendar
   */
  public static WorkingDayCalendar weekdays() {
    return WEEKDAYS;
  }

  /**
   * Returns a calendar with more holidays.
   *
   * @param days the holidays, not null; weekend days among them change nothing
   * @return a new calendar
   * @throws IllegalArgumentException if a day is also a declared working day
   */
  public WorkingDayCalendar withHolidays(Collection<LocalDate> days) {
    TreeSet<LocalDate> more = new TreeSet<>(holidays);
    days.forEach(d -> more.add(Objects.requireNonNull(d, "holiday")));
    return new WorkingDayCalendar(more, new TreeSet<>(workingDays));
  }

  /**
   * Returns a calendar with more days declared working days, such as weekend days worked in exchange for a holiday.
   *
   * @param days the working days, not null
   * @return a new calendar
   * @throws IllegalArgumentException if a day is also a holiday
   */
  public WorkingDayCalendar withWorkingDays(Collection<LocalDate> days) {
    TreeSet<LocalDate> more = new TreeSet<>(workingDays);
    days.forEach(d -> more.add(Objects.requireNonNull(d, "working day")));
    return new WorkingDayCalendar(new TreeSet<>(holidays), more);
  }

  /**
   * Returns the holidays.
   *
   * @return the holidays, sorted
   */
  public List<LocalDate> holidays() {
    return List.copyOf(holidays);
  }

  /**
   * Returns the days declared working days.
   *
   * @return the working days, sorted
   */
  public List<LocalDate> workingDays() {
    return List.copyOf(workingDays);
  }

  /**
   * Returns whether a day is a working day.
   *
   * @param date the day, not null
   * @return true for a declared working day, or a Monday to Friday that is not a holiday
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (workingDays.contains(date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
  }

  /**
   * Counts the working days after a day, up to and including another.
   *
   * @param from the first day, not counted, not null
   * @param to the last day, counted, not null
   * @return the number of working days {@code d} with {@code from < d <= to}; 0 if {@code to} is not after {@code from}
   */
  public long workingDaysAfter(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    long count = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns the n-th working day after a day.
   *
   * @param date the day, not counted, not null
   * @param workingDays how many working days, at least 0
   * @return the day itself for 0; otherwise the day on which the {@code workingDays}-th working day after it falls
   * @throws IllegalArgumentException if {@code workingDays} is negative
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    Objects.requireNonNull(date, "date");
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must be 0 or more: " + workingDays);
    }
    LocalDate day = date;
    int left = workingDays;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WorkingDayCalendar && holidays.equals(((WorkingDayCalendar) other).holidays)
        && workingDays.equals(((WorkingDayCalendar) other).workingDays);
  }

  @Override
  public int hashCode() {
    return Objects.hash(holidays, workingDays);
  }

  /** Returns for example {@code "WorkingDayCalendar[Mon-Fri, 3 holidays, 1 working weekend day]"}. */
  @Override
  public String toString() {
    return "WorkingDayCalendar[Mon-Fri, " + holidays.size() + (holidays.size() == 1 ? " holiday, " : " holidays, ")
        + workingDays.size() + (workingDays.size() == 1 ? " working weekend day]" : " working weekend days]");
  }
}

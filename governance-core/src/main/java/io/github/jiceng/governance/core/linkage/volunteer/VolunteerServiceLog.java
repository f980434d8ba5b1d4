package io.github.jiceng.governance.core.linkage.volunteer;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * One volunteer's service records taken together (志愿者服务记录汇总), for the checks that need more than one record:
 * the hours a volunteer served on one day. Build logs from a set of records with {@link #byVolunteer(Iterable)} and
 * validate them alongside the records.
 *
 * <p>Construction requires every record to be the volunteer's. Each record's hours count towards the day it starts
 * ({@link ServiceRecord#date()}).
 *
 * <pre>{@code
 * List<VolunteerServiceLog> logs = VolunteerServiceLog.byVolunteer(records);
 * logs.get(0).hoursByDay(); // {2026-05-01=2.5, 2026-05-03=4}
 * }</pre>
 */
@Value.Immutable
public abstract class VolunteerServiceLog {
  VolunteerServiceLog() {
  }

  /**
   * Returns a log of records of one volunteer.
   *
   * @param volunteerNumber the volunteer's unified number, not null
   * @param records the volunteer's records, none null
   * @return the log, with the records sorted by start and id
   * @throws IllegalArgumentException if a record is of another volunteer
   * @throws NullPointerException if an argument or a record is null
   */
  public static VolunteerServiceLog of(String volunteerNumber, Iterable<ServiceRecord> records) {
    Objects.requireNonNull(volunteerNumber, "volunteerNumber");
    Objects.requireNonNull(records, "records");
    List<ServiceRecord> sorted = new ArrayList<>();
    records.forEach(r -> sorted.add(Objects.requireNonNull(r, "record")));
    sorted.sort(Comparator.comparing(ServiceRecord::start).thenComparing(ServiceRecord::id));
    return new ImmutableVolunteerServiceLog.Builder().volunteerNumber(volunteerNumber).addAllRecords(sorted).build();
  }

  /**
   * Groups records by volunteer.
   *
   * @param records records of any volunteers, none null
   * @return one log per volunteer, ordered by volunteer number
   * @throws NullPointerException if {@code records} or a record is null
   */
  public static List<VolunteerServiceLog> byVolunteer(Iterable<ServiceRecord> records) {
    Objects.requireNonNull(records, "records");
    SortedMap<String, List<ServiceRecord>> grouped = new TreeMap<>();
    for (ServiceRecord record : records) {
      Objects.requireNonNull(record, "record");
      grouped.computeIfAbsent(record.volunteerNumber(), n -> new ArrayList<>()).add(record);
    }
    List<VolunteerServiceLog> logs = new ArrayList<>();
    grouped.forEach((number, list) -> logs.add(of(number, list)));
    return Collections.unmodifiableList(logs);
  }

  /**
   * Returns the volunteer's unified number, the log's id.
   *
   * @return the number; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String volunteerNumber();

  /**
   * Returns the records.
   *
   * @return the records, all of this volunteer
   */
  public abstract List<ServiceRecord> records();

  /**
   * Returns the recorded hours per day: the sum of the hours of the records that start on that day.
   *
   * @return the hours by day, in date order
   */
  public final SortedMap<LocalDate, BigDecimal> hoursByDay() {
    SortedMap<LocalDate, BigDecimal> byDay = new TreeMap<>();
    for (ServiceRecord record : records()) {
      byDay.merge(record.date(), record.hours(), BigDecimal::add);
    }
    return Collections.unmodifiableSortedMap(byDay);
  }

  /**
   * Returns the ids of the records that start on a day.
   *
   * @param date the day, not null
   * @return the ids, in the log's order
   * @throws NullPointerException if {@code date} is null
   */
  public final List<String> recordIdsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<String> ids = new ArrayList<>();
    for (ServiceRecord record : records()) {
      if (record.date().equals(date)) {
        ids.add(record.id());
      }
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Returns the sum of the recorded hours.
   *
   * @return the total hours
   */
  public final BigDecimal totalHours() {
    return records().stream().map(ServiceRecord::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Value.Check
  void check() {
    for (ServiceRecord record : records()) {
      if (!record.volunteerNumber().equals(volunteerNumber())) {
        throw new IllegalArgumentException("VolunteerServiceLog '" + volunteerNumber() + "': record '" + record.id()
            + "' is of volunteer '" + record.volunteerNumber() + "'");
      }
    }
  }

  /** Returns for example {@code "VolunteerServiceLog[V500154-000123, 12 records, 30.5 h]"}. */
  @Override
  public String toString() {
    Map<LocalDate, BigDecimal> days = hoursByDay();
    return "VolunteerServiceLog[" + volunteerNumber() + ", " + records().size() + " records on " + days.size()
        + " days, " + totalHours().toPlainString() + " h]";
  }
}

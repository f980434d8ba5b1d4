package io.github.jiceng.governance.core.linkage.worker;

import io.github.jiceng.governance.core.linkage.ActorRef;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The social-work staffing of one employer on one day (社工配备情况): how many social workers it employs, how many are
 * certified, and how many hold each level. These figures feed the indicators of the three-tier social-work service
 * system (for example "at least two social workers per station, at least 60% certified", which are local standards).
 *
 * <p>Shares are compared with integers, never with floating point: {@link #certifiedShareAtLeast(int, int)}.
 *
 * <pre>{@code
 * StaffingFigures figures = StaffingFigures.of(station, workers, LocalDate.of(2026, 6, 30));
 * figures.headcount();                      // 3
 * figures.certifiedShareAtLeast(60, 100);   // true if 2 of 3 are certified
 * }</pre>
 */
public final class StaffingFigures {
  private final ActorRef employer;
  private final LocalDate date;
  private final int headcount;
  private final int certified;
  private final Map<QualificationLevel, Integer> byHighestLevel;

  private StaffingFigures(ActorRef employer, LocalDate date, int headcount, int certified,
      Map<QualificationLevel, Integer> byHighestLevel) {
    this.employer = employer;
    this.date = date;
    this.headcount = headcount;
    this.certified = certified;
    this.byHighestLevel = Collections.unmodifiableMap(byHighestLevel);
  }

  /**
   * Counts the social workers an employer employs on a day.
   *
   * @param employer the employer, not null
   * @param workers social workers of any employers, none null; those of other employers or not employed on the day
   *     are ignored
   * @param date the day, not null
   * @return the figures
   * @throws NullPointerException if an argument or a worker is null
   */
  public static StaffingFigures of(ActorRef employer, Iterable<SocialWorker> workers, LocalDate date) {
    Objects.requireNonNull(employer, "employer");
    Objects.requireNonNull(workers, "workers");
    Objects.requireNonNull(date, "date");
    int headcount = 0;
    int certified = 0;
    Map<QualificationLevel, Integer> byLevel = new EnumMap<>(QualificationLevel.class);
    for (SocialWorker worker : workers) {
      Objects.requireNonNull(worker, "worker");
      if (!worker.employer().equals(employer) || !worker.isEmployedOn(date)) {
        continue;
      }
      headcount++;
      if (worker.isCertified()) {
        certified++;
        byLevel.merge(worker.highestLevel().orElseThrow(), 1, Integer::sum);
      }
    }
    return new StaffingFigures(employer, date, headcount, certified, byLevel);
  }

  /**
   * Returns the employer.
   *
   * @return the employer
   */
  public ActorRef employer() {
    return employer;
  }

  /**
   * Returns the day of the figures.
   *
   * @return the day
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the number of social workers employed.
   *
   * @return the headcount
   */
  public int headcount() {
    return headcount;
  }

  /**
   * Returns the number of certified social workers (持证社工).
   *
   * @return the count
   */
  public int certified() {
    return certified;
  }

  /**
   * Returns the number of social workers whose highest qualification is a level.
   *
   * @param level the level, not null
   * @return the count
   * @throws NullPointerException if {@code level} is null
   */
  public int withHighestLevel(QualificationLevel level) {
    Objects.requireNonNull(level, "level");
    return byHighestLevel.getOrDefault(level, 0);
  }

  /**
   * Returns whether the certified share is at least a fraction ("以上" includes the bound): certified / headcount ≥
   * numerator / denominator, compared as certified × denominator ≥ numerator × headcount. An employer with no staff
   * meets only a zero share.
   *
   * @param numerator the fraction's numerator, at least 0
   * @param denominator the fraction's denominator, positive
   * @return true if the share is at least the fraction
   * @throws IllegalArgumentException if the numerator is negative or the denominator not positive
   */
  public boolean certifiedShareAtLeast(int numerator, int denominator) {
    if (numerator < 0 || denominator <= 0) {
      throw new IllegalArgumentException("expected a fraction numerator >= 0 and denominator > 0, got " + numerator
          + "/" + denominator);
    }
    if (headcount == 0) {
      return numerator == 0;
    }
    return (long) certified * denominator >= (long) numerator * headcount;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StaffingFigures)) {
      return false;
    }
    StaffingFigures that = (StaffingFigures) other;
    return employer.equals(that.employer) && date.equals(that.date) && headcount == that.headcount
        && certified == that.certified && byHighestLevel.equals(that.byHighestLevel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(employer, date, headcount, certified, byHighestLevel);
  }

  /** Returns for example {@code "StaffingFigures[social-work-station:ST-1 on 2026-06-30: 3 staff, 2 certified]"}. */
  @Override
  public String toString() {
    return "StaffingFigures[" + employer + " on " + date + ": " + headcount + " staff, " + certified + " certified"
        + (byHighestLevel.isEmpty() ? "" : " " + byHighestLevel) + "]";
  }
}

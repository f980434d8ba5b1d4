package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A volunteer service record (志愿服务记录): one volunteer's service in one activity, recorded by the organiser ("谁组织
 * 谁记录，谁记录谁证明").
 *
 * <p>It has the fields of the 2012 record measures (志愿服务记录办法 Art 7): activity name, date, place, service
 * recipients, content, service time, quality evaluation, activity leader and recorder; and the organiser, the linkage
 * project it belongs to, whether the activity is high-risk and the volunteer's accident insurance. The fields that
 * data often lacks are optional here; the rules report them missing ({@code linkage.service.fields-missing}).
 *
 * <p><b>Hours.</b> Service time is the time the volunteer actually served, in hours, excluding travel (不包括往返交通
 * 时间). {@link #hours()} is the recorded figure; the rules compare it with {@link #creditableMinutes()}: the span from
 * {@link #start()} to {@link #end()} less the recorded breaks. A record's hours count towards the day it starts, even
 * if it runs past midnight.
 *
 * <p>Construction rejects only an end that is not after the start, negative breaks and negative hours.
 */
@Value.Immutable
public abstract class ServiceRecord {
  ServiceRecord() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableServiceRecord.Builder builder() {
    return new ImmutableServiceRecord.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the unified volunteer number of the volunteer who served.
   *
   * @return the number; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String volunteerNumber();

  /**
   * Returns the activity's (or project's) name (活动（项目）名称).
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String activityName();

  /**
   * Returns the organiser who records the service: a volunteer organisation, a committee, a team.
   *
   * @return the organiser
   */
  @Valid
  public abstract ActorRef organiser();

  /**
   * Returns the id of the linkage project the service belongs to.
   *
   * @return the project id, or empty
   */
  public abstract Optional<String> projectId();

  /**
   * Returns when the service started.
   *
   * @return the start
   */
  public abstract LocalDateTime start();

  /**
   * Returns when the service ended.
   *
   * @return the end, after the start
   */
  public abstract LocalDateTime end();

  /**
   * Returns the breaks recorded during the service, in minutes, which do not count as service time.
   *
   * @return the minutes, 0 by default
   */
  @Value.Default
  public int breakMinutes() {
    return 0;
  }

  /**
   * Returns the recorded service time in hours (服务时间).
   *
   * @return the hours, at least 0
   */
  public abstract BigDecimal hours();

  /**
   * Returns the place (地点).
   *
   * @return the place, or empty
   */
  public abstract Optional<String> place();

  /**
   * Returns who was served (服务对象).
   *
   * @return for example {@code 独居老人}, or empty
   */
  public abstract Optional<String> recipients();

  /**
   * Returns what the service was (服务内容).
   *
   * @return the content, or empty
   */
  public abstract Optional<String> content();

  /**
   * Returns the evaluation of the service's quality (服务质量评价).
   *
   * @return the evaluation, or empty
   */
  public abstract Optional<String> evaluation();

  /**
   * Returns the person in charge of the activity (活动（项目）负责人).
   *
   * @return the name, or empty
   */
  public abstract Optional<String> activityLeader();

  /**
   * Returns who recorded the service (记录人).
   *
   * @return the name, or empty
   */
  public abstract Optional<String> recorder();

  /**
   * Returns whether the activity may endanger the volunteer (可能发生人身危险), so that insurance is required.
   *
   * @return true for a high-risk activity; false by default
   */
  @Value.Default
  public boolean highRisk() {
    return false;
  }

  /**
   * Returns the number of the personal accident insurance policy that covers the volunteer for this activity.
   *
   * @return the policy number, or empty if not insured
   */
  public abstract Optional<String> insurancePolicy();

  /**
   * Returns the day of the service: the day it started.
   *
   * @return the date of {@link #start()}; the law in force on that day applies to the record
   */
  public final LocalDate date() {
    return start().toLocalDate();
  }

  /**
   * Returns the minutes from start to end.
   *
   * @return the span in whole minutes, positive
   */
  public final long spanMinutes() {
    return minutesBetween(start(), end());
  }

  /**
   * Returns {@code Duration.between(start, end).toMinutes()} without making the duration: whole seconds rounded down,
   * then whole minutes towards zero.
   */
  static long minutesBetween(LocalDateTime start, LocalDateTime end) {
    long seconds = end.toEpochSecond(ZoneOffset.UTC) - start.toEpochSecond(ZoneOffset.UTC);
    if (end.getNano() < start.getNano()) {
      seconds--;
    }
    return seconds / 60;
  }

  /**
   * Returns the minutes that count as service time: the span less the breaks.
   *
   * @return the minutes, negative if the breaks exceed the span
   */
  public final long creditableMinutes() {
    return spanMinutes() - breakMinutes();
  }

  @Value.Check
  void check() {
    if (!end().isAfter(start())) {
      throw new IllegalArgumentException("ServiceRecord '" + id() + "': end " + end() + " is not after start "
          + start());
    }
    if (breakMinutes() < 0) {
      throw new IllegalArgumentException("ServiceRecord '" + id() + "': break minutes " + breakMinutes()
          + " is negative");
    }
    if (hours().signum() < 0) {
      throw new IllegalArgumentException("ServiceRecord '" + id() + "': hours " + hours() + " is negative");
    }
  }

  /** Returns for example {@code "ServiceRecord[SR-1 V500154-000123 2026-05-01T09:00-11:30, 2.5 h, 助老探访]"}. */
  @Override
  public String toString() {
    return "ServiceRecord[" + id() + " " + volunteerNumber() + " " + start() + " to " + end() + ", "
        + hours().toPlainString() + " h, " + activityName() + projectId().map(p -> ", project " + p).orElse("") + "]";
  }
}

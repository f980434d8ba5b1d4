package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.linkage.DailyHoursHighRule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A volunteer's service hours per day, summed over the {@code volunteer-service-record}s of a stream
 * (志愿者单日服务时长): the streaming form of the batch rules {@code linkage.volunteer.daily-hours-impossible} (more
 * than 24 hours) and {@code linkage.volunteer.daily-hours-high} (more than the pack parameter
 * {@code linkage.volunteer.daily-hours-warning}, 12 by default, and at most 24). In batch these rules judge a
 * {@code volunteer-service-log}; while streaming, the records themselves are summed with a {@link SumPerKey} keyed by
 * volunteer number and service day, and the findings have the rules' ids, the pack's severities, the rules' messages
 * (with the same arguments: volunteer, day, hours, limit and the record ids), legal bases and pack, and the subject of
 * the volunteer's log ({@code volunteer-service-log} with the volunteer number). A rule that the pack disables or
 * that is not in force on the record's evaluation date reports nothing.
 *
 * <p>Memory: one entry per volunteer and day, with the ids of that day's records: about 78 bytes for a volunteer number
 * of 18 characters and one record of a 9-character id (the days are kept as numbers, and the key's text is made only
 * for the days over a limit).
 */
public final class VolunteerDailyHours {
  /** The rule for more than 24 hours on one day. */
  public static final String IMPOSSIBLE = "linkage.volunteer.daily-hours-impossible";
  /** The rule for more than the plausible hours on one day. */
  public static final String HIGH = "linkage.volunteer.daily-hours-high";
  private static final BigDecimal DAY = BigDecimal.valueOf(24);
  private static final String LOG = "volunteer-service-log";
  private static final char SEPARATOR = '|';

  private VolunteerDailyHours() {
  }

  /**
   * Returns the check for a validator's pack, parameters and evaluation dates.
   *
   * @param validator the rule engine, not null
   * @return the check, to give to {@link RecordStreamValidator.Builder#check}
   */
  public static SumPerKey<ServiceRecord> of(Validator validator) {
    Objects.requireNonNull(validator, "validator");
    RulePack pack = validator.pack();
    // the plausible-hours limit of each evaluation day, looked up once per day rather than once per volunteer-day
    Map<Long, BigDecimal> limits = new ConcurrentHashMap<>();
    DayKey day = new DayKey(validator, pack, limits);
    return SumPerKey.builder(ServiceRecord.class, HIGH)
        // the evaluation date is the same for all records of a day (the as-of date or the service day); both dates
        // as epoch days, which keeps a million keys 10 MB smaller than ISO dates would
        .key(r -> Optional.of(day.key(day.text(r), day.first(r), day.second(r))))
        .amount(ServiceRecord::hours)
        .ids(ServiceRecord::id)
        .reporter((key, total, ids, out) -> report(pack, limits, key, total, ids, out))
        .splitKey(day)
        .build();
  }

  /**
   * The same key in parts, for the sum table: the volunteer, the service day and the evaluation day, without making
   * the key's text for every record; and the test of the reporter's first line, so that a day within the limits
   * needs no key at the end either.
   */
  private static final class DayKey implements SplitKey<ServiceRecord> {
    private final Validator validator;
    private final RulePack pack;
    private final Map<Long, BigDecimal> limits;
    /** The limit looked up last; runs on several threads may replace it, each with a right one. */
    private volatile DayLimit last;

    DayKey(Validator validator, RulePack pack, Map<Long, BigDecimal> limits) {
      this.validator = validator;
      this.pack = pack;
      this.limits = limits;
    }

    @Override
    public String text(ServiceRecord record) {
      return record.volunteerNumber();
    }

    @Override
    public long first(ServiceRecord record) {
      return record.date().toEpochDay();
    }

    @Override
    public long second(ServiceRecord record) {
      return validator.evaluationDateOf(record).toEpochDay();
    }

    @Override
    public String key(String text, long first, long second) {
      return text + SEPARATOR + first + SEPARATOR + second;
    }

    @Override
    public boolean mayReport(long second, BigDecimal total) {
      if (total.compareTo(DAY) > 0) {
        return true; // over a day whatever the limit: no need to look the limit up
      }
      DayLimit known = last; // most keys of a run share their evaluation day (the as-of date, or a few service days)
      if (known == null || known.day != second) {
        known = new DayLimit(second, limit(pack, limits, second));
        last = known;
      }
      return overLimits(total, known.limit);
    }

    /** Returns for example {@code DayKey[volunteer|day|evaluation day]}. */
    @Override
    public String toString() {
      return "DayKey[volunteer" + SEPARATOR + "day" + SEPARATOR + "evaluation day]";
    }
  }

  /** An evaluation day and its plausible-hours limit. */
  private static final class DayLimit {
    final long day;
    final BigDecimal limit;

    DayLimit(long day, BigDecimal limit) {
      this.day = day;
      this.limit = limit;
    }
  }

  /** Tells whether a day's hours are more than 24 or more than the plausible limit: whether the day is reported. */
  private static boolean overLimits(BigDecimal hours, BigDecimal limit) {
    return hours.compareTo(DAY) > 0 || hours.compareTo(limit) > 0;
  }

  /** The plausible-hours limit of an evaluation day, looked up once per day. */
  private static BigDecimal limit(RulePack pack, Map<Long, BigDecimal> limits, long evaluationDay) {
    return limits.computeIfAbsent(evaluationDay, d -> BigDecimal.valueOf(
        pack.parameterValue(DailyHoursHighRule.MAXIMUM_PLAUSIBLE_HOURS, LocalDate.ofEpochDay(d)).value()));
  }

  private static void report(RulePack pack, Map<Long, BigDecimal> limits, String key, BigDecimal hours,
      List<String> ids, Consumer<Finding> out) {
    int second = key.lastIndexOf(SEPARATOR);
    int first = key.lastIndexOf(SEPARATOR, second - 1);
    long evaluationDay = Long.parseLong(key, second + 1, key.length(), 10);
    BigDecimal limit = limit(pack, limits, evaluationDay);
    if (!overLimits(hours, limit)) {
      return; // most days: nothing to report, so nothing to build
    }
    LocalDate evaluation = LocalDate.ofEpochDay(evaluationDay);
    String volunteer = key.substring(0, first);
    LocalDate day = LocalDate.ofEpochDay(Long.parseLong(key, first + 1, second, 10));
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("volunteer", volunteer);
    arguments.put("date", day);
    arguments.put("hours", hours);
    arguments.put("records", ids);
    if (hours.compareTo(DAY) > 0) {
      report(pack, IMPOSSIBLE, volunteer, evaluation, arguments, out);
      return;
    }
    if (hours.compareTo(limit) > 0) {
      arguments.put("limit", limit);
      report(pack, HIGH, volunteer, evaluation, arguments, out);
    }
  }

  private static void report(RulePack pack, String ruleId, String volunteer, LocalDate date,
      Map<String, Object> arguments, Consumer<Finding> out) {
    Optional<RuleDescriptor> descriptor = pack.descriptor(ruleId);
    if (descriptor.isEmpty() || !pack.isEnabled(ruleId) || !descriptor.get().isInForceOn(date)) {
      return;
    }
    RuleDescriptor rule = descriptor.get();
    Finding.Builder finding = Finding.builder(rule.id(), pack.severityOf(ruleId), Subject.of(LOG, volunteer))
        .message(rule.message(Locale.SIMPLIFIED_CHINESE).render(arguments, Locale.SIMPLIFIED_CHINESE, false),
            rule.message(Locale.ENGLISH).render(arguments, Locale.ENGLISH, false))
        .pack(pack.id(), pack.version());
    arguments.forEach((name, value) -> finding.attribute(name, ArgumentFormatter.attribute(value, false)));
    rule.legalBasesOn(date).forEach(finding::basis);
    out.accept(finding.build());
  }
}

package io.github.jiceng.governance.examples.spark;

import io.github.jiceng.governance.json.UnknownPropertyPolicy;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SparkValidation} job validates with (作业配置): the rule pack, the as-of date and the reader's
 * options. Serializable, so that it is broadcast once; each task builds its validator from it. Immutable.
 */
public final class JobOptions implements Serializable {
  private static final long serialVersionUID = 1L;
  private final RulePack pack;
  private final LocalDate asOf;
  private final UnknownPropertyPolicy unknownProperties;
  private final boolean lenientCreditCodes;

  private JobOptions(RulePack pack, LocalDate asOf, UnknownPropertyPolicy unknownProperties,
      boolean lenientCreditCodes) {
    this.pack = Objects.requireNonNull(pack, "pack");
    this.asOf = asOf;
    this.unknownProperties = Objects.requireNonNull(unknownProperties, "unknownProperties");
    this.lenientCreditCodes = lenientCreditCodes;
  }

  /**
   * Returns the options of a pack: judged as of today in China, unknown properties as errors, strict credit codes.
   *
   * @param pack the rule pack, not null
   * @return the options
   */
  public static JobOptions of(RulePack pack) {
    return new JobOptions(pack, null, UnknownPropertyPolicy.ERROR, false);
  }

  /**
   * Returns these options judging every record as of a date (as {@code Validator.Builder.asOf} does).
   *
   * @param date the date, not null
   * @return new options
   */
  public JobOptions asOf(LocalDate date) {
    return new JobOptions(pack, Objects.requireNonNull(date, "date"), unknownProperties, lenientCreditCodes);
  }

  /**
   * Returns these options with another policy for unknown properties.
   *
   * @param policy the policy, not null
   * @return new options
   */
  public JobOptions unknownProperties(UnknownPropertyPolicy policy) {
    return new JobOptions(pack, asOf, policy, lenientCreditCodes);
  }

  /**
   * Returns these options accepting credit codes that fail their checks, or not.
   *
   * @param lenient true to accept them
   * @return new options
   */
  public JobOptions lenientCreditCodes(boolean lenient) {
    return new JobOptions(pack, asOf, unknownProperties, lenient);
  }

  /**
   * Returns the rule pack.
   *
   * @return the pack
   */
  public RulePack pack() {
    return pack;
  }

  /**
   * Returns the as-of date.
   *
   * @return the date, or empty to judge each record on its own date
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Builds the streaming validator these options describe: the single-machine validator whose per-record step and
   * keyed checks the job runs, and the reference for its results.
   *
   * @return a new streaming validator
   */
  public RecordStreamValidator streaming() {
    Validator.Builder validator = Validator.builder(pack);
    if (asOf != null) {
      validator.asOf(asOf);
    }
    return RecordStreamValidator.builder(validator.build())
        .unknownProperties(unknownProperties)
        .lenientCreditCodes(lenientCreditCodes)
        .build();
  }

  /** Returns for example {@code JobOptions[cn 2026.11, as of 2026-06-01, unknown properties ERROR]}. */
  @Override
  public String toString() {
    return "JobOptions[" + pack.id() + " " + pack.version() + (asOf == null ? "" : ", as of " + asOf)
        + ", unknown properties " + unknownProperties + (lenientCreditCodes ? ", lenient credit codes" : "") + "]";
  }
}

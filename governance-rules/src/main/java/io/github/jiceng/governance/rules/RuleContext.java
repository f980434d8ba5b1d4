package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule may know besides its record (规则上下文): the evaluation date, the jurisdiction, the pack's parameters
 * and a lookup of other records.
 *
 * <p>The evaluation date is the caller's as-of date if set, otherwise the record's own date (a meeting's date, a
 * request's date), otherwise the validator's today; rules use the law in force on that date. There is deliberately
 * no locale: messages are rendered in both languages by the engine, so a rule cannot make its findings depend on the
 * reader's language.
 */
public final class RuleContext {
  /** The date whose law applies. */
  private final LocalDate evaluationDate;
  /** The caller's as-of date, or null. */
  private final LocalDate asOf;
  /** The effective rule pack. */
  private final RulePack pack;
  /** Other records. */
  private final RecordLookup lookup;

  private RuleContext(LocalDate evaluationDate, LocalDate asOf, RulePack pack, RecordLookup lookup) {
    this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
    this.asOf = asOf;
    this.pack = Objects.requireNonNull(pack, "pack");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
  }

  /**
   * Returns a context without an as-of date. The validator makes contexts; call this to unit-test a rule directly.
   *
   * @param pack the rule pack whose parameters and jurisdiction apply, not null
   * @param evaluationDate the date whose law applies, not null
   * @param lookup other records, not null
   * @return the context
   */
  public static RuleContext of(RulePack pack, LocalDate evaluationDate, RecordLookup lookup) {
    return new RuleContext(evaluationDate, null, pack, lookup);
  }

  /** The validator's factory: {@code asOf} is null when the date came from the record or today. */
  static RuleContext of(RulePack pack, LocalDate evaluationDate, LocalDate asOf, RecordLookup lookup) {
    return new RuleContext(evaluationDate, asOf, pack, lookup);
  }

  /**
   * Returns the date whose law applies.
   *
   * @return the evaluation date
   */
  public LocalDate evaluationDate() {
    return evaluationDate;
  }

  /**
   * Returns the as-of date the caller set, which overrides records' own dates.
   *
   * @return the as-of date, or empty if the evaluation date came from the record or today
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the jurisdiction of the rule pack.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return pack.jurisdiction();
  }

  /**
   * Returns a parameter's value on the evaluation date: the value set by the nearest pack in the overlay chain, or
   * the default.
   *
   * @param parameter the parameter, not null
   * @param <T> the value type
   * @return the value
   */
  public <T> T parameter(Parameter<T> parameter) {
    return parameterValue(parameter).value();
  }

  /**
   * Returns a parameter's value on the evaluation date with its provenance.
   *
   * @param parameter the parameter, not null
   * @param <T> the value type
   * @return the value and where it comes from
   */
  public <T> ParameterValue<T> parameterValue(Parameter<T> parameter) {
    return pack.parameterValue(parameter, evaluationDate);
  }

  /**
   * Returns the lookup of other records.
   *
   * @return the lookup
   */
  public RecordLookup lookup() {
    return lookup;
  }

  /**
   * Returns the effective rule pack.
   *
   * @return the pack
   */
  public RulePack pack() {
    return pack;
  }

  /** Returns for example {@code RuleContext[2026-11-26, 500000, cn.chongqing 2026.1]}. */
  @Override
  public String toString() {
    return "RuleContext[" + evaluationDate + (asOf == null ? "" : " (as of)") + ", " + pack.jurisdiction() + ", "
        + pack.id() + " " + pack.version() + "]";
  }
}

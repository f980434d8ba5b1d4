package io.github.jiceng.governance.core.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A step of the adoption procedure that has a date and evidence only (程序步骤): soliciting opinions, preparing the
 * draft, or publication. Evidence is free text such as {@code "入户走访记录 86 份"} or a file reference.
 *
 * <pre>{@code
 * AdoptionStep.of(LocalDate.of(2024, 1, 10), "村民座谈会记录")
 * }</pre>
 */
@Value.Immutable
public abstract class AdoptionStep {
  AdoptionStep() {
  }

  /**
   * Returns a step.
   *
   * @param date the day the step was done (or completed), not null
   * @param evidence the evidence, none null
   * @return the step
   */
  public static AdoptionStep of(LocalDate date, String... evidence) {
    Objects.requireNonNull(date, "date");
    return new ImmutableAdoptionStep.Builder().date(date).addEvidence(evidence).build();
  }

  /**
   * Returns the day the step was done.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the evidence of the step.
   *
   * @return descriptions or references, possibly none
   */
  public abstract List<String> evidence();

  /** Returns for example {@code "2024-01-10 [村民座谈会记录]"}. */
  @Override
  public String toString() {
    return date() + (evidence().isEmpty() ? "" : " " + evidence());
  }
}

package io.github.jiceng.governance.core.service;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A training session a unit organised (培训记录): for social workers, community workers or volunteers, with the number
 * of participants. Participants are person-times (人次): the same person at two sessions counts twice, as in the
 * districts' published "people trained per year".
 *
 * <p>Construction rejects negative participants or hours.
 *
 * <pre>{@code
 * TrainingSession session = TrainingSession.builder()
 *     .id("T-2025-01").unitId("GC-500154").date(LocalDate.of(2025, 4, 12)).participants(60)
 *     .topic("社会工作实务能力提升").hours(new BigDecimal("6")).build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class TrainingSession implements UnitRecord {
  TrainingSession() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableTrainingSession.Builder builder() {
    return new ImmutableTrainingSession.Builder();
  }

  /**
   * Returns the topic.
   *
   * @return the topic
   */
  public abstract String topic();

  /**
   * Returns the number of participants (person-times).
   *
   * @return the number, at least 0
   */
  public abstract int participants();

  /**
   * Returns the length in hours.
   *
   * @return the hours, at least 0, or empty if not recorded
   */
  public abstract Optional<BigDecimal> hours();

  @Value.Check
  void check() {
    Amounts.requireNonNegative("TrainingSession", id(), "participants", participants());
    hours().ifPresent(h -> Amounts.requireNonNegative("TrainingSession", id(), "hours", h));
  }

  /** Returns for example {@code "TrainingSession[T-2025-01 GC-500154 2025-04-12 60 participants]"}. */
  @Override
  public String toString() {
    return "TrainingSession[" + id() + " " + unitId() + " " + date() + " " + participants() + " participants, "
        + topic() + "]";
  }
}

package io.github.jiceng.governance.core.covenant;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An entry of a covenant's status history (状态变更): the new status, from which day, and an optional note.
 *
 * <pre>{@code
 * StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2024, 4, 10))
 * }</pre>
 */
@Value.Immutable
public abstract class StatusChange {
  StatusChange() {
  }

  /**
   * Returns a status change without a note.
   *
   * @param status the new status, not null
   * @param date the first day of the status, not null
   * @return the change
   */
  public static StatusChange of(CovenantStatus status, LocalDate date) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(date, "date");
    return new ImmutableStatusChange.Builder().status(status).date(date).build();
  }

  /**
   * Returns the new status.
   *
   * @return the status
   */
  public abstract CovenantStatus status();

  /**
   * Returns the first day of the status.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns a note, such as the number of the filing receipt.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /** Returns for example {@code "IN_FORCE from 2024-04-10"}. */
  @Override
  public String toString() {
    return status() + " from " + date() + note().map(n -> " (" + n + ")").orElse("");
  }
}

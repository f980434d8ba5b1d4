package io.github.jiceng.governance.core.meeting;

import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A request to convene a meeting (提议召集): who asked, how many of how many, and when.
 *
 * <pre>{@code
 * Requisition.of(Requesters.REPRESENTATIVES, 9, 25, LocalDate.of(2024, 3, 1))
 * }</pre>
 */
@Value.Immutable
public abstract class Requisition {
  Requisition() {
  }

  /**
   * Returns a requisition.
   *
   * @param by who asked, not null
   * @param requesters how many asked, 1 or more
   * @param outOf how many there are in all, at least {@code requesters}
   * @param date the day of the request, not null
   * @return the requisition
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static Requisition of(Requesters by, int requesters, int outOf, LocalDate date) {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(date, "date");
    return new ImmutableRequisition.Builder().by(by).requesters(requesters).outOf(outOf).date(date).build();
  }

  /**
   * Returns who asked.
   *
   * @return the kind of requesters
   */
  public abstract Requesters by();

  /**
   * Returns how many asked.
   *
   * @return 1 or more
   */
  public abstract int requesters();

  /**
   * Returns how many there are of that kind in all (the base of the requisition threshold).
   *
   * @return at least {@link #requesters()}
   */
  public abstract int outOf();

  /**
   * Returns the day of the request.
   *
   * @return the date
   */
  public abstract LocalDate date();

  @Value.Check
  void check() {
    if (requesters() < 1 || outOf() < requesters()) {
      throw new IllegalArgumentException("a requisition needs 1 or more requesters out of at least as many, but has "
          + requesters() + " of " + outOf());
    }
  }

  /** Returns for example {@code "Requisition[9 of 25 REPRESENTATIVES on 2024-03-01]"}. */
  @Override
  public String toString() {
    return "Requisition[" + requesters() + " of " + outOf() + " " + by() + " on " + date() + "]";
  }
}

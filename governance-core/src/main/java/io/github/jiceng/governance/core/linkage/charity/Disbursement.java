package io.github.jiceng.governance.core.linkage.charity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A disbursement from a community fund (基金支出/拨付): an amount paid on a day for a purpose, usually to a linkage
 * project.
 */
@Value.Immutable
public abstract class Disbursement {
  Disbursement() {
  }

  /**
   * Returns a disbursement to a project.
   *
   * @param date the day paid, not null
   * @param amount the amount in yuan, positive, not null
   * @param projectId the linkage project's id, not null
   * @param purpose what it pays for, not null
   * @return the disbursement
   * @throws IllegalArgumentException if the amount is not positive
   * @throws NullPointerException if an argument is null
   */
  public static Disbursement toProject(LocalDate date, BigDecimal amount, String projectId, String purpose) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(purpose, "purpose");
    return new ImmutableDisbursement.Builder().date(date).amount(amount).projectId(projectId).purpose(purpose)
        .build();
  }

  /**
   * Returns the day the amount was paid.
   *
   * @return the day
   */
  public abstract LocalDate date();

  /**
   * Returns the amount.
   *
   * @return the amount in yuan, positive
   */
  public abstract BigDecimal amount();

  /**
   * Returns the linkage project paid.
   *
   * @return the project id, or empty for other spending
   */
  public abstract Optional<String> projectId();

  /**
   * Returns what the disbursement pays for.
   *
   * @return the purpose
   */
  public abstract String purpose();

  @Value.Check
  void check() {
    if (amount().signum() <= 0) {
      throw new IllegalArgumentException("Disbursement on " + date() + ": amount " + amount().toPlainString()
          + " yuan is not positive");
    }
  }

  /** Returns for example {@code "Disbursement[2026-04-01 3000.00 yuan to project P-1: 助老探访]"}. */
  @Override
  public String toString() {
    return "Disbursement[" + date() + " " + amount().toPlainString() + " yuan"
        + projectId().map(p -> " to project " + p).orElse("") + ": " + purpose() + "]";
  }
}

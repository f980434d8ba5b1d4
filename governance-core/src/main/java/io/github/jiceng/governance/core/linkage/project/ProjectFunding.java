package io.github.jiceng.governance.core.linkage.project;

import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * Money a project received (项目资金来源): from whom, how much, when. A source should be a charity resource (a
 * community fund, a campaign, a donor) or a government department purchasing services.
 */
@Value.Immutable
public abstract class ProjectFunding {
  ProjectFunding() {
  }

  /**
   * Returns a funding.
   *
   * @param source who provided the money, not null
   * @param amount the amount in yuan, positive, not null
   * @param date the day received, not null
   * @return the funding
   * @throws IllegalArgumentException if the amount is not positive
   * @throws NullPointerException if an argument is null
   */
  public static ProjectFunding of(ActorRef source, BigDecimal amount, LocalDate date) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(date, "date");
    return new ImmutableProjectFunding.Builder().source(source).amount(amount).date(date).build();
  }

  /**
   * Returns who provided the money.
   *
   * @return the source
   */
  @Valid
  public abstract ActorRef source();

  /**
   * Returns the amount.
   *
   * @return the amount in yuan, positive
   */
  public abstract BigDecimal amount();

  /**
   * Returns the day the money was received.
   *
   * @return the day
   */
  public abstract LocalDate date();

  @Value.Check
  void check() {
    if (amount().signum() <= 0) {
      throw new IllegalArgumentException("ProjectFunding from " + source() + ": amount " + amount().toPlainString()
          + " yuan is not positive");
    }
  }

  /** Returns for example {@code "ProjectFunding[community-fund:F-1 20000.00 yuan on 2026-04-01]"}. */
  @Override
  public String toString() {
    return "ProjectFunding[" + source() + " " + amount().toPlainString() + " yuan on " + date() + "]";
  }
}

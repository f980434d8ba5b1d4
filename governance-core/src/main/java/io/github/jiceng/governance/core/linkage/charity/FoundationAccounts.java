package io.github.jiceng.governance.core.linkage.charity;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A foundation's figures for one year (基金会年度财务数据), as reported in its annual work report: charitable
 * spending, total spending, management costs, and the previous year's income and net assets that the spending ratio
 * is measured against. Used when a community fund's holder is a foundation.
 *
 * <p>Construction rejects negative amounts and spending parts larger than the total.
 */
@Value.Immutable
public abstract class FoundationAccounts {
  FoundationAccounts() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableFoundationAccounts.Builder builder() {
    return new ImmutableFoundationAccounts.Builder();
  }

  /**
   * Returns the id of the foundation's {@code social-organisation} record.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String organisationId();

  /**
   * Returns the year of the figures.
   *
   * @return the year, for example 2025
   */
  public abstract int year();

  /**
   * Returns whether the foundation held the public-fundraising qualification in the year (which sets its spending
   * floor).
   *
   * @return true for a qualified foundation
   */
  public abstract boolean publicFundraisingQualified();

  /**
   * Returns the year's spending on charitable activities (慈善活动支出).
   *
   * @return the amount in yuan
   */
  public abstract BigDecimal charitableSpending();

  /**
   * Returns the year's total spending (年度总支出).
   *
   * @return the amount in yuan
   */
  public abstract BigDecimal totalSpending();

  /**
   * Returns the year's management costs (管理费用), including staff pay and administration.
   *
   * @return the amount in yuan
   */
  public abstract BigDecimal managementCosts();

  /**
   * Returns the previous year's total income (上年总收入).
   *
   * @return the amount in yuan, or empty if not reported
   */
  public abstract Optional<BigDecimal> previousYearIncome();

  /**
   * Returns the average total income of the previous three years (前三年收入平均数), the alternative basis of the
   * Charity Law's spending floor.
   *
   * @return the amount in yuan, or empty if not reported
   */
  public abstract Optional<BigDecimal> threeYearAverageIncome();

  /**
   * Returns the net assets at the end of the previous year (上年末净资产), the basis of the spending floor of a
   * foundation without the qualification.
   *
   * @return the amount in yuan, or empty if not reported
   */
  public abstract Optional<BigDecimal> previousYearNetAssets();

  /**
   * Returns the last day of the year, whose law applies to the figures.
   *
   * @return 31 December of {@link #year()}
   */
  public final LocalDate yearEnd() {
    return LocalDate.of(year(), 12, 31);
  }

  @Value.Check
  void check() {
    requireNotNegative("charitable spending", charitableSpending());
    requireNotNegative("total spending", totalSpending());
    requireNotNegative("management costs", managementCosts());
    previousYearIncome().ifPresent(v -> requireNotNegative("previous year income", v));
    threeYearAverageIncome().ifPresent(v -> requireNotNegative("three-year average income", v));
    if (charitableSpending().add(managementCosts()).compareTo(totalSpending()) > 0) {
      throw new IllegalArgumentException("FoundationAccounts '" + organisationId() + "' " + year()
          + ": charitable spending " + charitableSpending().toPlainString() + " plus management costs "
          + managementCosts().toPlainString() + " exceed total spending " + totalSpending().toPlainString());
    }
  }

  private void requireNotNegative(String what, BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("FoundationAccounts '" + organisationId() + "' " + year() + ": " + what
          + " " + amount.toPlainString() + " is negative");
    }
  }

  /** Returns for example {@code "FoundationAccounts[ORG-9 2025: spending 800000 of 1000000, management 60000]"}. */
  @Override
  public String toString() {
    return "FoundationAccounts[" + organisationId() + " " + year() + (publicFundraisingQualified() ? " qualified" : "")
        + ": charitable " + charitableSpending().toPlainString() + " of " + totalSpending().toPlainString()
        + ", management " + managementCosts().toPlainString() + "]";
  }
}

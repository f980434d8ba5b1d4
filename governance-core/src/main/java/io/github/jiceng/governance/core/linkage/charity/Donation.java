package io.github.jiceng.governance.core.linkage.charity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A receipt of a community fund (捐赠收入): a donation received on a day, from a donor, possibly through a fundraising
 * campaign and possibly restricted to a purpose (定向).
 */
@Value.Immutable
public abstract class Donation {
  Donation() {
  }

  /**
   * Returns an unrestricted donation outside any campaign.
   *
   * @param date the day received, not null
   * @param amount the amount in yuan, positive, not null
   * @param donor the donor's name (an enterprise, a person, or {@code 匿名}), not null
   * @return the donation
   * @throws IllegalArgumentException if the amount is not positive
   * @throws NullPointerException if an argument is null
   */
  public static Donation of(LocalDate date, BigDecimal amount, String donor) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(donor, "donor");
    return new ImmutableDonation.Builder().date(date).amount(amount).donor(donor).build();
  }

  /**
   * Returns the day the donation was received.
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
   * Returns who gave.
   *
   * @return the donor's name, or {@code 匿名}
   */
  public abstract String donor();

  /**
   * Returns the fundraising campaign the donation came through.
   *
   * @return the campaign id, or empty
   */
  public abstract Optional<String> campaignId();

  /**
   * Returns the purpose the donor restricted the donation to.
   *
   * @return the purpose, or empty for an unrestricted donation
   */
  public abstract Optional<String> restrictedPurpose();

  @Value.Check
  void check() {
    if (amount().signum() <= 0) {
      throw new IllegalArgumentException("Donation on " + date() + ": amount " + amount().toPlainString()
          + " yuan is not positive");
    }
  }

  /** Returns for example {@code "Donation[2026-03-05 5000.00 yuan from 某公司]"}. */
  @Override
  public String toString() {
    return "Donation[" + date() + " " + amount().toPlainString() + " yuan from " + donor()
        + campaignId().map(c -> ", campaign " + c).orElse("") + "]";
  }
}

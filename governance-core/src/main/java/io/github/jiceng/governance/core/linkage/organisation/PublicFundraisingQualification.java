package io.github.jiceng.governance.core.linkage.organisation;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A charity organisation's public-fundraising qualification (公开募捐资格, 慈善法 Art 22): when it was applied for,
 * granted and, if so, revoked. Without it an organisation may raise funds from the public only in cooperation with a
 * qualified charity (Art 26).
 *
 * <p>The qualification is held from {@link #grantedOn()} (inclusive) until {@link #revokedOn()} (exclusive).
 */
@Value.Immutable
public abstract class PublicFundraisingQualification {
  PublicFundraisingQualification() {
  }

  /**
   * Returns a qualification granted on a day, with no application date on record and never revoked.
   *
   * @param grantedOn the day it was granted, not null
   * @return the qualification
   * @throws NullPointerException if {@code grantedOn} is null
   */
  public static PublicFundraisingQualification grantedOn(LocalDate grantedOn) {
    Objects.requireNonNull(grantedOn, "grantedOn");
    return new ImmutablePublicFundraisingQualification.Builder().grantedOn(grantedOn).build();
  }

  /**
   * Returns the day the organisation applied for the qualification.
   *
   * @return the application day, or empty if not recorded
   */
  public abstract Optional<LocalDate> appliedOn();

  /**
   * Returns the day the civil-affairs department granted the qualification.
   *
   * @return the day granted
   */
  public abstract LocalDate grantedOn();

  /**
   * Returns the first day the qualification was no longer held.
   *
   * @return the day it was revoked or lapsed, or empty if it is still held
   */
  public abstract Optional<LocalDate> revokedOn();

  /**
   * Returns the number of the qualification certificate (公开募捐资格证书).
   *
   * @return the number, or empty
   */
  public abstract Optional<String> certificateNumber();

  /**
   * Returns whether the qualification is held on a day.
   *
   * @param date the day, not null
   * @return true if granted on or before the day and not revoked on or before it
   * @throws NullPointerException if {@code date} is null
   */
  public final boolean isHeldOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(grantedOn()) && revokedOn().map(date::isBefore).orElse(true);
  }

  @Value.Check
  void check() {
    appliedOn().ifPresent(applied -> {
      if (applied.isAfter(grantedOn())) {
        throw new IllegalArgumentException("public-fundraising qualification: applied on " + applied
            + " is after granted on " + grantedOn());
      }
    });
    revokedOn().ifPresent(revoked -> {
      if (!revoked.isAfter(grantedOn())) {
        throw new IllegalArgumentException("public-fundraising qualification: revoked on " + revoked
            + " is not after granted on " + grantedOn());
      }
    });
  }

  /** Returns for example {@code "PublicFundraisingQualification[granted 2022-05-01]"}. */
  @Override
  public String toString() {
    return "PublicFundraisingQualification[" + appliedOn().map(d -> "applied " + d + ", ").orElse("")
        + "granted " + grantedOn() + revokedOn().map(d -> ", revoked " + d).orElse("")
        + certificateNumber().map(n -> ", certificate " + n).orElse("") + "]";
  }
}

package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Services a unit delivered (服务开展记录): on a day (or for a reporting month, dated its first day), how many
 * activities of a kind, for how many people of which groups, in how many service hours.
 *
 * <p>Construction rejects negative counts and hours. Beneficiaries reuse the linkage model's {@link Beneficiary}
 * (counts by group; named persons are masked).
 *
 * <pre>{@code
 * ServiceDelivery talk = ServiceDelivery.builder()
 *     .id("SD-1").unitId("ST-500154101").date(LocalDate.of(2026, 5, 9)).kind(ServiceKind.COMMUNITY_ACTIVITY)
 *     .activities(1).addBeneficiaries(Beneficiary.of(BeneficiaryGroup.LEFT_BEHIND_CHILDREN, 35))
 *     .hours(new BigDecimal("2.5")).build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ServiceDelivery implements UnitRecord {
  ServiceDelivery() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableServiceDelivery.Builder builder() {
    return new ImmutableServiceDelivery.Builder();
  }

  /**
   * Returns the kind of service.
   *
   * @return the kind
   */
  public abstract ServiceKind kind();

  /**
   * Returns how many activities (cases, group sessions, events) the record covers.
   *
   * @return the number, at least 0
   */
  public abstract int activities();

  /**
   * Returns the people served, by group.
   *
   * @return the beneficiaries, possibly none
   */
  public abstract List<@Valid Beneficiary> beneficiaries();

  /**
   * Returns the service hours.
   *
   * @return the hours, at least 0
   */
  public abstract BigDecimal hours();

  /**
   * Returns a short description.
   *
   * @return for example {@code 留守儿童安全教育讲座}, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the number of people served, over all groups.
   *
   * @return the sum of the beneficiary counts
   */
  public final long beneficiaryCount() {
    return beneficiaries().stream().mapToLong(Beneficiary::count).sum();
  }

  @Value.Check
  void check() {
    Amounts.requireNonNegative("ServiceDelivery", id(), "activities", activities());
    Amounts.requireNonNegative("ServiceDelivery", id(), "hours", hours());
  }

  /** Returns for example {@code "ServiceDelivery[SD-1 ST-1 2026-05-09 COMMUNITY_ACTIVITY x1, 35 people, 2.5 h]"}. */
  @Override
  public String toString() {
    return "ServiceDelivery[" + id() + " " + unitId() + " " + date() + " " + kind() + " x" + activities() + ", "
        + beneficiaryCount() + " people, " + hours().toPlainString() + " h]";
  }
}

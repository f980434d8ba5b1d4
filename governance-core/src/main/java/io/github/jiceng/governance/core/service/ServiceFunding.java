package io.github.jiceng.governance.core.service;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Money a service unit received (经费记录): the day, the amount in yuan, the source and purpose, and the units the
 * money built, if any.
 *
 * <p>Each record is counted once, for the unit that received it ({@link #unitId()}), even when it built several units:
 * 满月镇's 100,000 yuan of pilot matching funds, which built one station and four rooms, is one record of the
 * station listing the five units in {@link #builtUnitIds()}. Construction rejects a negative amount.
 *
 * <pre>{@code
 * ServiceFunding pilot = ServiceFunding.builder()
 *     .id("F-MY-1").unitId("ST-500154101").date(LocalDate.of(2022, 3, 1)).amount(new BigDecimal("100000.00"))
 *     .source(FundingSource.PILOT_FUND).purpose("三级服务体系试点配套资金")
 *     .addBuiltUnitIds("ST-500154101", "RM-500154101001", "RM-500154101002", "RM-500154101201", "RM-500154101202")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class ServiceFunding implements UnitRecord {
  ServiceFunding() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableServiceFunding.Builder builder() {
    return new ImmutableServiceFunding.Builder();
  }

  /**
   * Returns the amount in yuan.
   *
   * @return the amount, at least 0
   */
  public abstract BigDecimal amount();

  /**
   * Returns where the money comes from.
   *
   * @return the source
   */
  public abstract FundingSource source();

  /**
   * Returns what the money is for.
   *
   * @return the purpose, or empty
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the ids of the units the money built or equipped.
   *
   * @return the ids, possibly none
   */
  public abstract List<@NotBlank String> builtUnitIds();

  @Value.Check
  void check() {
    Amounts.requireNonNegative("ServiceFunding", id(), "amount", amount());
  }

  /** Returns for example {@code "ServiceFunding[F-MY-1 ST-500154101 2022-03-01 100000.00 PILOT_FUND]"}. */
  @Override
  public String toString() {
    return "ServiceFunding[" + id() + " " + unitId() + " " + date() + " " + amount().toPlainString() + " " + source()
        + (builtUnitIds().isEmpty() ? "" : ", built " + builtUnitIds()) + "]";
  }
}

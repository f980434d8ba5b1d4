package io.github.jiceng.governance.core.service;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * A district social-work guidance centre (区县社会工作指导中心): the top tier ("一县一中心"), which guides the stations,
 * trains social workers and coordinates resources for a county-level division.
 *
 * <p>Its {@link #territoryCode()} must be county-level (checked at construction). Its staff are the social workers
 * listed in {@link #staffIds()} (a centre cannot be a worker's employer in the linkage model).
 *
 * <pre>{@code
 * GuidanceCentre centre = GuidanceCentre.builder()
 *     .id("GC-500154").name("开州区社会工作指导中心").territoryCode(DivisionCode.parse("500154"))
 *     .openedOn(LocalDate.of(2021, 9, 1)).operator(Operator.governmentRun())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class GuidanceCentre implements ServiceUnit {
  GuidanceCentre() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableGuidanceCentre.Builder builder() {
    return new ImmutableGuidanceCentre.Builder();
  }

  /**
   * Returns {@link ServiceTier#DISTRICT}.
   *
   * @return the district tier
   */
  @Override
  public final ServiceTier tier() {
    return ServiceTier.DISTRICT;
  }

  /**
   * Returns the ids of the social workers posted at the centre ({@code social-worker} records).
   *
   * @return the ids, possibly none
   */
  public abstract List<@NotBlank String> staffIds();

  @Value.Check
  void check() {
    UnitChecks.check("GuidanceCentre", this);
  }

  /** Returns for example {@code "GuidanceCentre[GC-500154 开州区社会工作指导中心, 500154000000, opened 2021-09-01]"}. */
  @Override
  public String toString() {
    return "GuidanceCentre[" + UnitChecks.describe(this) + (staffIds().isEmpty() ? "" : ", staff " + staffIds())
        + "]";
  }
}

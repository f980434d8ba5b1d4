package io.github.jiceng.governance.core.service;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import org.immutables.value.Value;

/**
 * A township or street social-work station (乡镇（街道）社工站): the middle tier ("一乡镇（街道）一站点"), where resident
 * social workers serve a township, town or street and support the rooms of its villages and communities.
 *
 * <p>Its {@link #territoryCode()} must be township-level (checked at construction). Its staff are the social workers
 * whose {@linkplain io.github.jiceng.governance.core.linkage.worker.SocialWorker#employer() employer} is this station
 * ({@link #actorRef()}), the convention of the linkage model: a worker stationed here under a purchase-of-services
 * contract names the station as employer while the contracting organisation is the station's {@link #operator()}.
 *
 * <pre>{@code
 * SocialWorkStation manyue = SocialWorkStation.builder()
 *     .id("ST-500154101").name("满月镇社会工作服务站").territoryCode(DivisionCode.parse("500154101000"))
 *     .openedOn(LocalDate.of(2021, 6, 1))
 *     .operator(Operator.purchasedFrom(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-ZC")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class SocialWorkStation implements ServiceUnit {
  SocialWorkStation() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableSocialWorkStation.Builder builder() {
    return new ImmutableSocialWorkStation.Builder();
  }

  /**
   * Returns {@link ServiceTier#TOWNSHIP}.
   *
   * @return the township tier
   */
  @Override
  public final ServiceTier tier() {
    return ServiceTier.TOWNSHIP;
  }

  /**
   * Returns the reference by which linkage records (a social worker's employer, a project's actor) name this station.
   *
   * @return {@code social-work-station:<id>}
   */
  public final ActorRef actorRef() {
    return ActorRef.of(ActorType.SOCIAL_WORK_STATION, id());
  }

  @Value.Check
  void check() {
    UnitChecks.check("SocialWorkStation", this);
  }

  /** Returns for example {@code "SocialWorkStation[ST-500154101 满月镇社会工作服务站, 500154101000, opened 2021-06-01]"}. */
  @Override
  public String toString() {
    return "SocialWorkStation[" + UnitChecks.describe(this) + "]";
  }
}

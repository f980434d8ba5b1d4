package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.ValidityPeriod;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Local standards for the three-tier system as pack parameters (三级服务体系地方标准). No national staffing, funding or
 * equipment numbers exist (reference.md §4 [U]), so the national pack leaves the standard rules off (their parameters
 * default to 0). A district or province that adopts standards overlays its pack with the numbers of its own scheme;
 * {@link #example} shows how, with the local examples the domain notes cite.
 *
 * <pre>{@code
 * RulePack kaizhou = StandardPacks.forJurisdiction("500154");
 * RulePack withStandards = ServiceStandards.example(kaizhou); // cn.chongqing.d500154.service-example
 * }</pre>
 */
public final class ServiceStandards {
  /** The example minimum of social workers per station: 2 (锦州 凌河区; a provincial scheme). */
  public static final int EXAMPLE_MINIMUM_STAFF = 2;
  /** The example minimum certified share: 60%. */
  public static final int EXAMPLE_MINIMUM_CERTIFIED_PERCENT = 60;
  /** The example minimum equipment value: 40,000 yuan. */
  public static final BigDecimal EXAMPLE_MINIMUM_EQUIPMENT = new BigDecimal("40000");

  private ServiceStandards() {
  }

  /**
   * Returns a documented example pack: a child of {@code parent}, with id {@code <parent id>.service-example}, that
   * switches on the station standards with the local examples of the domain notes (at least 2 social workers, at
   * least 60% certified, at least 40,000 yuan of equipment per station). The yearly funding standard stays off: no
   * source gives a number. The example is for demonstration and tests; a real district sets the numbers of its own
   * scheme, with that scheme as the reason.
   *
   * @param parent the pack to overlay, for example {@code StandardPacks.forJurisdiction("500154")}, not null
   * @return the example pack, in the parent's jurisdiction, always in force
   * @throws NullPointerException if {@code parent} is null
   */
  public static RulePack example(RulePack parent) {
    Objects.requireNonNull(parent, "parent");
    return RulePack.builder(parent.id() + ".service-example", parent.version(), parent.jurisdiction())
        .parent(parent)
        .parameter(StationUnderstaffedRule.MINIMUM, EXAMPLE_MINIMUM_STAFF, ValidityPeriod.always(),
            "example: 2 social workers per station (锦州市凌河区 [S]; a provincial scheme [S])")
        .parameter(StationCertifiedShareRule.MINIMUM_PERCENT, EXAMPLE_MINIMUM_CERTIFIED_PERCENT,
            ValidityPeriod.always(), "example: at least 60% certified (a provincial scheme [S, low quality])")
        .parameter(StationEquipmentRule.MINIMUM, EXAMPLE_MINIMUM_EQUIPMENT, ValidityPeriod.always(),
            "example: at least 40,000 yuan of equipment (a provincial scheme [S, low quality])")
        .build();
  }
}

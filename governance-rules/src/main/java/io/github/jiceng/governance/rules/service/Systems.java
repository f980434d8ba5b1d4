package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.territory.UrbanRuralClass;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.Optional;

/** Finds the service system a record belongs to, through the context's lookup. */
final class Systems {
  private Systems() {
  }

  /** Returns the system of the district a code lies in, or empty if the lookup holds none (then rules are silent). */
  static Optional<ServiceSystem> of(RuleContext context, DivisionCode code) {
    if (code.level().isAbove(DivisionLevel.COUNTY)) {
      return Optional.empty();
    }
    return context.lookup().find(ServiceLookup.systemSubject(code), ServiceSystem.class);
  }

  /**
   * Returns whether a village-level unit is urban (城市社区) for the 2017 targets: by its urban-rural class when the
   * record has one (first digit 1), otherwise a community (社区) is urban and a village (村) rural.
   */
  static boolean isUrban(Village village) {
    return village.urbanRuralClass().map(UrbanRuralClass::isUrban).orElse(village.kind() == VillageKind.COMMUNITY);
  }
}

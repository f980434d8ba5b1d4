package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.service.Operator;
import io.github.jiceng.governance.core.service.ServiceSystem;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.Map;
import java.util.Optional;

/**
 * A unit run under a purchase-of-services contract names an organisation that is not among the records (运营机构不存在).
 * Reported only when the lookup holds every {@code social-organisation} record.
 */
@RuleDefinition(
    id = "service.unit.operator-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.CONFIRMED,
        note = "stations are run by the government or by social organisations through purchase of services"
            + " (reference.md §1, §4); the operator must be a known organisation to be counted as engaged"))
public final class UnitOperatorMissingRule implements Rule<ServiceUnit> {
  private static final long serialVersionUID = 1L;
  private static final String ORGANISATION = "social-organisation";

  /** Creates the rule. */
  public UnitOperatorMissingRule() {
    // stateless
  }

  @Override
  public Class<ServiceUnit> subjectType() {
    return ServiceUnit.class;
  }

  @Override
  public void check(ServiceUnit unit, RuleContext context, FindingCollector out) {
    Optional<ActorRef> organisation = unit.operator().flatMap(Operator::organisation);
    if (organisation.isEmpty()) {
      return;
    }
    String id = organisation.get().id();
    boolean found;
    if (context.lookup().covers(ORGANISATION)) {
      found = !id.isBlank() && context.lookup().find(Subject.of(ORGANISATION, id)).isPresent();
    } else {
      // a streaming run sees the organisations through the district's service system (it holds every organisation
      // that runs one of its units), when a first pass built one
      Optional<ServiceSystem> system = Systems.of(context, unit.territoryCode());
      if (system.isEmpty()) {
        return;
      }
      found = system.get().organisations().stream().anyMatch(o -> o.id().equals(id));
    }
    if (!found) {
      out.report(JsonPointer.of("operator", "organisation"), Map.of("id", unit.id(), "name", unit.name(),
          "tier", unit.tier(), "organisation", organisation.get().toString()));
    }
  }
}

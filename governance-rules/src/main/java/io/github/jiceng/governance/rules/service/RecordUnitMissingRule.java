package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.ServiceTier;
import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A service, funding or training record names a unit that is not among the records (台账记录所属服务阵地不存在), so it
 * counts towards no indicator. Reported when the lookup holds the records of at least one tier
 * ({@code guidance-centre}, {@code social-work-station}, {@code social-work-room}) and none of them has the id.
 */
@RuleDefinition(
    id = "service.record.unit-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.CONFIRMED,
        note = "services, funding and training are reported per unit of the three-tier system (reference.md §4)"))
public final class RecordUnitMissingRule implements Rule<UnitRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RecordUnitMissingRule() {
    // stateless
  }

  /** Finds a unit by id among the tiers' records; empty if not found. */
  static Optional<ServiceUnit> findUnit(RecordLookup lookup, String id) {
    if (id.isBlank()) {
      return Optional.empty();
    }
    return Arrays.stream(ServiceTier.values())
        .map(tier -> lookup.find(Subject.of(tier.recordType(), id), ServiceUnit.class))
        .flatMap(Optional::stream).findFirst();
  }

  @Override
  public Class<UnitRecord> subjectType() {
    return UnitRecord.class;
  }

  @Override
  public void check(UnitRecord record, RuleContext context, FindingCollector out) {
    RecordLookup lookup = context.lookup();
    boolean covered = Arrays.stream(ServiceTier.values()).anyMatch(tier -> lookup.covers(tier.recordType()));
    if (covered && findUnit(lookup, record.unitId()).isEmpty()) {
      out.report(JsonPointer.of("unitId"), Map.of("id", record.id(), "unit", record.unitId()));
    }
  }
}

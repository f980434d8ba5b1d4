package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.ServiceUnit;
import io.github.jiceng.governance.core.service.UnitRecord;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * A service, funding or training record is dated on a day its unit was not open (台账记录日期不在服务阵地运行期内):
 * before the opening day or on or after the closing day. Such records are not counted in indicators. Judged when the
 * unit is among the lookup's records.
 */
@RuleDefinition(
    id = "service.record.unit-closed",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
        confidence = Confidence.CONFIRMED,
        note = "indicators for a period count only units open in it (reference.md §4); a record outside its unit's"
            + " open days is a data error or a missing reopening"))
public final class RecordUnitClosedRule implements Rule<UnitRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RecordUnitClosedRule() {
    // stateless
  }

  @Override
  public Class<UnitRecord> subjectType() {
    return UnitRecord.class;
  }

  @Override
  public void check(UnitRecord record, RuleContext context, FindingCollector out) {
    Optional<ServiceUnit> unit = RecordUnitMissingRule.findUnit(context.lookup(), record.unitId());
    if (unit.isPresent() && !unit.get().isOpenOn(record.date())) {
      out.report(JsonPointer.of("date"), Map.of("id", record.id(), "unit", unit.get().id(),
          "name", unit.get().name(), "date", record.date(), "opened", unit.get().openedOn(),
          "closed", unit.get().closedOn()));
    }
  }
}

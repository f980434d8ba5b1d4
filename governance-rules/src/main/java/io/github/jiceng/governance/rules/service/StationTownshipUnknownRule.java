package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.SocialWorkStation;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A station's territory is not a township of its district (社工站所在乡镇（街道）不存在): on the evaluation date the
 * district's territory has no township with the station's code (never existed, abolished, or merged away). Judged for
 * stations open that day, when the lookup holds the district's system and its territory has townships at all.
 */
@RuleDefinition(
    id = "service.station.township-unknown",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.STATION_PROGRAMME, version = Instruments.STATION_PROGRAMME_VERSION,
            confidence = Confidence.CONFIRMED, note = "one station per township or street (乡镇（街道）社工站)"),
        @Basis(instrument = Instruments.DIVISION_CODES, confidence = Confidence.CONFIRMED,
            note = "the station's territory code must be a township-level unit of the district in force")})
public final class StationTownshipUnknownRule implements Rule<SocialWorkStation> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StationTownshipUnknownRule() {
    // stateless
  }

  @Override
  public Class<SocialWorkStation> subjectType() {
    return SocialWorkStation.class;
  }

  @Override
  public void check(SocialWorkStation station, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!station.isOpenOn(day)) {
      return;
    }
    Systems.of(context, station.territoryCode()).ifPresent(system -> {
      Territory territory = system.territoryOn(day);
      if (!territory.townships().isEmpty() && territory.find(station.territoryCode(), Township.class).isEmpty()) {
        out.report(JsonPointer.of("territoryCode"), Map.of("id", station.id(), "name", station.name(),
            "code", station.territoryCode().value(), "district", system.district().gbCode(), "date", day));
      }
    });
  }
}

package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.Map;

/**
 * A room without a parent station in its township (社工室所在乡镇（街道）无社工站). Left side: the stations open on the
 * evaluation date in the township of the room's village; operator: {@link ComparisonOperator#AT_LEAST}; right side:
 * 1. Judged for rooms open that day, when the lookup holds the district's system.
 */
@RuleDefinition(
    id = "service.room.station-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_TIER_SCHEMES, confidence = Confidence.SINGLE_SOURCE,
        note = "rooms are the bottom tier under the township station (reference.md §4 [S]); a room without a station"
            + " above it is outside the three-tier system"))
public final class RoomStationMissingRule implements Rule<SocialWorkRoom> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RoomStationMissingRule() {
    // stateless
  }

  @Override
  public Class<SocialWorkRoom> subjectType() {
    return SocialWorkRoom.class;
  }

  @Override
  public void check(SocialWorkRoom room, RuleContext context, FindingCollector out) {
    LocalDate day = context.evaluationDate();
    if (!room.isOpenOn(day)) {
      return;
    }
    Systems.of(context, room.territoryCode()).ifPresent(system -> {
      int stations = system.stationsOf(room.territoryCode().ancestorAt(DivisionLevel.TOWNSHIP), day).size();
      if (!ComparisonOperator.AT_LEAST.holds(stations, 1)) {
        out.report(Map.of("id", room.id(), "name", room.name(),
            "township", room.territoryCode().ancestorAt(DivisionLevel.TOWNSHIP).value(), "date", day));
      }
    });
  }
}

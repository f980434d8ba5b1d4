package io.github.jiceng.governance.rules.service;

import io.github.jiceng.governance.core.service.SocialWorkRoom;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Village;
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
 * A room's territory is not a village or community of its township (社工室所在村（社区）不存在): on the evaluation date
 * the district's territory has no village-level unit with the room's code (never existed, abolished, or merged into
 * another village). Judged for rooms open that day, when the lookup holds the district's system and its territory has
 * village-level units at all.
 */
@RuleDefinition(
    id = "service.room.village-unknown",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.LOCAL_TIER_SCHEMES, confidence = Confidence.SINGLE_SOURCE,
            note = "rooms serve villages and communities (村（社区）社工室, reference.md §4 [S])"),
        @Basis(instrument = Instruments.DIVISION_CODES, confidence = Confidence.CONFIRMED,
            note = "the room's territory code must be a village-level unit in force, which lies in its township")})
public final class RoomVillageUnknownRule implements Rule<SocialWorkRoom> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public RoomVillageUnknownRule() {
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
      Territory territory = system.territoryOn(day);
      if (!territory.villages().isEmpty() && territory.find(room.territoryCode(), Village.class).isEmpty()) {
        out.report(JsonPointer.of("territoryCode"), Map.of("id", room.id(), "name", room.name(),
            "code", room.territoryCode().value(), "district", system.district().gbCode(), "date", day));
      }
    });
  }
}

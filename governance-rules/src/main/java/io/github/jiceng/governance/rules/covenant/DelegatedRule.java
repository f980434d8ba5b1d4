package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * A covenant was adopted by a representative meeting rather than the plenary meeting (由代表会议通过): the law names
 * the villagers' meeting (村委会法 第二十七条) and the residents' meeting (居委会法 第十五条). Nationally this is
 * information (a villagers' meeting may authorise its representative meeting in some matters); in Chongqing adopting
 * village rules is a villagers' meeting power that cannot be delegated (渝办法 第八条第一项、第十条), and the Chongqing
 * pack raises this rule to a warning. Many villages still adopt rules at representative meetings (reference §3.1 [S]).
 */
@RuleDefinition(
    id = "covenant.adoption.delegated",
    severity = Severity.INFO,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十七条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, article = "第十五条", version = Bases.RESIDENTS_EARLIER,
            inForceFrom = Bases.RESIDENTS_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.RESIDENTS_LAW, version = Bases.RESIDENTS_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE),
        @Basis(instrument = Bases.CHONGQING_MEASURES, article = "第八条、第十条", version = "2013年修订",
            inForceFrom = Bases.CHONGQING_FROM, confidence = Confidence.CONFIRMED,
            note = "reference §3.1 [C]: making village rules cannot be delegated to the representative meeting")})
public final class DelegatedRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DelegatedRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    record.adoption().flatMap(AdoptionRecord::vote).ifPresent(vote -> {
      MeetingType type = vote.meetingType();
      if (type.isRepresentative() && type.isVillage() == record.kind().isVillage()) {
        out.report(JsonPointer.of("adoption", "vote", "meetingType"), new Args().put("kind", record.kind())
            .put("meetingType", type)
            .put("expected", record.kind().isVillage() ? MeetingType.VILLAGERS_MEETING : MeetingType.RESIDENTS_MEETING)
            .map());
      }
    });
  }
}

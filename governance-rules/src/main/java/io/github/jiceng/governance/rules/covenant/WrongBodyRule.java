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
 * A covenant was voted on by a meeting that cannot adopt it (表决会议类型错误): village rules at a residents' meeting or a
 * villager group meeting, a residents' convention at a villagers' meeting. A representative meeting is reported by
 * {@link DelegatedRule} instead.
 */
@RuleDefinition(
    id = "covenant.adoption.wrong-body",
    severity = Severity.ERROR,
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
            confidence = Confidence.CONFIRMED, note = Bases.INSTRUMENT_NOTE)})
public final class WrongBodyRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public WrongBodyRule() {
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
        return;
      }
      if (type.isPlenary() && type.isVillage() == record.kind().isVillage()) {
        return;
      }
      out.report(JsonPointer.of("adoption", "vote", "meetingType"), new Args().put("kind", record.kind())
          .put("meetingType", type)
          .put("expected", record.kind().isVillage() ? MeetingType.VILLAGERS_MEETING : MeetingType.RESIDENTS_MEETING)
          .map());
    });
  }
}

package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Optional;

/**
 * A covenant is recorded as adopted, filed or in force, but no vote is recorded (未经表决通过): village rules are made
 * by the villagers' meeting (村委会法 第二十七条), a residents' convention by the residents' meeting (居委会法 第十五条).
 */
@RuleDefinition(
    id = "covenant.adoption.not-voted",
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
public final class NotVotedRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public NotVotedRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    Optional<CovenantStatus> status = record.statusHistory().stream().map(StatusChange::status)
        .filter(CovenantStatus::impliesAdoption).findFirst();
    boolean voted = record.adoption().flatMap(AdoptionRecord::vote).filter(AdoptionVote::adopted).isPresent();
    if (status.isPresent() && !voted) {
      out.report(JsonPointer.of("adoption", "vote"), new Args().put("kind", record.kind()).put("title", record.title())
          .put("status", status.get()).map());
    }
  }
}

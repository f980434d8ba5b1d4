package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * A clause may contain a restriction on petitioning (限制信访): a keyword lint that asks for legal review (需人工审核), never an
 * error on keywords alone. A covenant must not conflict with the Constitution, laws, regulations or state policy, nor
 * infringe villagers' personal, democratic or property rights (村委会法 第二十七条, 居委会法 第十五条, 渝办法 第九条). Flagged when a
 * petitioning word and a prohibition or penalty word occur in one clause. The finding names the clause and the words
 * that triggered it.
 */
@RuleDefinition(
    id = "covenant.content.petition",
    severity = Severity.WARNING,
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
        @Basis(instrument = Bases.CHONGQING_MEASURES, article = "第九条", version = "2013年修订",
            inForceFrom = Bases.CHONGQING_FROM, confidence = Confidence.CONFIRMED,
            note = "reference §3.1 [C]: same prohibited-content rule; applies in Chongqing"),
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class PetitionRestrictionRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public PetitionRestrictionRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    Lexicon.PETITION.lint(record, out);
  }
}

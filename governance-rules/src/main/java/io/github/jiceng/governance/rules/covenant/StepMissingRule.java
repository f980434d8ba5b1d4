package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionStepKind;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * A step of the 2018 guidance is missing from the adoption record (缺少程序步骤): a covenant put to the vote without a
 * recorded solicitation of opinions or draft, or a covenant in force without a recorded publication. The review, the
 * vote and the filing have rules of their own.
 */
@RuleDefinition(
    id = "covenant.adoption.step-missing",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class StepMissingRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public StepMissingRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    boolean voted = record.adoption().flatMap(AdoptionRecord::vote).isPresent();
    boolean inForce = record.hasHadStatus(CovenantStatus.IN_FORCE);
    for (AdoptionStepKind step : new AdoptionStepKind[] {AdoptionStepKind.SOLICITATION, AdoptionStepKind.DRAFTING,
        AdoptionStepKind.PUBLICATION}) {
      boolean needed = step == AdoptionStepKind.PUBLICATION ? inForce : voted;
      boolean recorded = record.adoption().flatMap(a -> a.dateOf(step)).isPresent();
      if (needed && !recorded) {
        out.report(JsonPointer.of("adoption", Args.field(step)), new Args().put("step", step)
            .put("title", record.title()).map());
      }
    }
  }
}

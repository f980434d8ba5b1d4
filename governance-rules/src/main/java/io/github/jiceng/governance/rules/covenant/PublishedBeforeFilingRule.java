package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;

/**
 * A covenant was published before it was filed (先公布后备案): the 2018 guidance's last step is 备案公布, filing and
 * then publication.
 */
@RuleDefinition(
    id = "covenant.publication.before-filing",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class PublishedBeforeFilingRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public PublishedBeforeFilingRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    record.adoption().ifPresent(adoption -> {
      if (adoption.filing().isPresent() && adoption.publication().isPresent()
          && adoption.publication().get().date().isBefore(adoption.filing().get().date())) {
        out.report(JsonPointer.of("adoption", "publication", "date"), new Args()
            .put("published", adoption.publication().get().date()).put("filed", adoption.filing().get().date()).map());
      }
    });
  }
}

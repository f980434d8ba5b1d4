package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/**
 * A catalogue names a previous version that is not in the dataset (上一版本清单缺失), so its changes cannot be
 * checked. Reported only when the validator's lookup covers catalogues at all.
 */
@RuleDefinition(
    id = "burden.catalogue.previous-missing",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED, note = "version history of the lists; a data-integrity requirement"))
public final class PreviousMissingRule implements Rule<ListCatalogue> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public PreviousMissingRule() {
    // stateless
  }

  @Override
  public Class<ListCatalogue> subjectType() {
    return ListCatalogue.class;
  }

  @Override
  public void check(ListCatalogue catalogue, RuleContext context, FindingCollector out) {
    if (catalogue.previousVersion().isPresent() && context.lookup().covers(Lists.LIST_CATALOGUE)
        && Previous.of(catalogue, context).isEmpty()) {
      out.report(JsonPointer.of("previousVersion"), Map.of(
          "catalogue", catalogue.ref(),
          "previous", catalogue.id() + "@" + catalogue.previousVersion().orElseThrow()));
    }
  }
}

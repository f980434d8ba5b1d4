package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * One item is on two incompatible lists of a catalogue (同一事项列入相互冲突的清单): the same name (white space
 * ignored) on the negative list and on a list of work the village does, or a certificate both issuable and
 * prohibited. See {@link io.github.jiceng.governance.core.burden.ListKind#isIncompatibleWith}.
 */
@RuleDefinition(
    id = "burden.catalogue.incompatible-lists",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED,
        note = "a matter cannot be both a duty of the village and a matter it must not be given"))
public final class IncompatibleListsRule implements Rule<ListCatalogue> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public IncompatibleListsRule() {
    // stateless
  }

  @Override
  public Class<ListCatalogue> subjectType() {
    return ListCatalogue.class;
  }

  @Override
  public void check(ListCatalogue catalogue, RuleContext context, FindingCollector out) {
    List<WorkItem> items = catalogue.items();
    for (int j = 1; j < items.size(); j++) {
      WorkItem later = items.get(j);
      for (int i = 0; i < j; i++) {
        WorkItem earlier = items.get(i);
        if (earlier.kind().isIncompatibleWith(later.kind()) && earlier.hasName(later.name())) {
          out.report(JsonPointer.of("items", Integer.toString(j), "kind"), Map.of(
              "name", later.name(),
              "id", later.id(),
              "list", later.kind(),
              "otherId", earlier.id(),
              "otherList", earlier.kind(),
              "catalogue", catalogue.ref()));
          break;
        }
      }
    }
  }
}

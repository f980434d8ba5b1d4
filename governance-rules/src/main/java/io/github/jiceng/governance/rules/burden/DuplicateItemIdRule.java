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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two items of a catalogue have the same id (清单事项编号重复): ids must be unique so that requests, decisions and
 * version comparisons name one item. Reported at each repetition, naming the first.
 */
@RuleDefinition(
    id = "burden.catalogue.duplicate-id",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED,
        note = "work items 权责明晰; that ids identify one item is a data-integrity requirement of this library"))
public final class DuplicateItemIdRule implements Rule<ListCatalogue> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DuplicateItemIdRule() {
    // stateless
  }

  @Override
  public Class<ListCatalogue> subjectType() {
    return ListCatalogue.class;
  }

  @Override
  public void check(ListCatalogue catalogue, RuleContext context, FindingCollector out) {
    Map<String, Integer> first = new HashMap<>();
    List<WorkItem> items = catalogue.items();
    for (int i = 0; i < items.size(); i++) {
      WorkItem item = items.get(i);
      Integer earlier = first.putIfAbsent(item.id(), i);
      if (earlier != null) {
        out.report(JsonPointer.of("items", Integer.toString(i), "id"), Map.of(
            "id", item.id(),
            "name", item.name(),
            "firstIndex", earlier,
            "firstName", items.get(earlier).name(),
            "catalogue", catalogue.ref()));
      }
    }
  }
}

package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.CatalogueDiff;
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
import java.util.Optional;

/**
 * A catalogue version changes the lists without the approval its approval path requires (清单调整未经审定): in
 * 渝北区 new, changed or dropped items go "由区政府报市政府审定后实施", so a version that differs from the previous one
 * must record the city as its approver. The path is this version's, or else the previous version's; the previous
 * version is found through the validator's lookup.
 */
@RuleDefinition(
    id = "burden.catalogue.change-not-approved",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.YUBEI_2023, confidence = Confidence.SINGLE_SOURCE,
        note = "新增、调整或取消事项由区政府报市政府审定后实施; the approval path itself is data on the catalogue"))
public final class ChangeNotApprovedRule implements Rule<ListCatalogue> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ChangeNotApprovedRule() {
    // stateless
  }

  @Override
  public Class<ListCatalogue> subjectType() {
    return ListCatalogue.class;
  }

  @Override
  public void check(ListCatalogue catalogue, RuleContext context, FindingCollector out) {
    Optional<ListCatalogue> previous = Previous.of(catalogue, context);
    if (previous.isEmpty()) {
      return;
    }
    Optional<ApprovalPath> path = catalogue.approvalPath().or(() -> previous.get().approvalPath());
    if (path.isEmpty() || catalogue.approvedBy().equals(Optional.of(path.get().approver()))) {
      return;
    }
    CatalogueDiff diff = catalogue.diff(previous.get());
    if (!diff.isEmpty()) {
      out.report(JsonPointer.of("approvedBy"), Map.of(
          "catalogue", catalogue.ref(),
          "previous", previous.get().ref(),
          "added", diff.added().size(),
          "removed", diff.removed().size(),
          "changed", diff.changed().size(),
          "approver", Lists.text(path.get().approver()),
          "approvedBy", catalogue.approvedBy().map(Lists::text)));
    }
  }
}

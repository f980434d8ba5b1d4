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
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A catalogue version's effective dates are out of order with the version it replaces (清单版本生效日期冲突): the
 * previous version must start earlier and end (its {@code effectiveUntil}) no later than this version starts, and
 * belong to the same jurisdiction, so that one version is in force per day. The previous version is found through the
 * validator's lookup ({@code list-catalogue} {@code id@previousVersion}).
 */
@RuleDefinition(
    id = "burden.catalogue.version-order",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.NATIONAL_2022, version = Instruments.NATIONAL_2022_NUMBER,
        confidence = Confidence.CONFIRMED,
        note = "lists are versioned by date; one version in force per day is a data-integrity requirement"))
public final class VersionOrderRule implements Rule<ListCatalogue> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public VersionOrderRule() {
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
    ListCatalogue prior = previous.get();
    LocalDate start = catalogue.effectiveFrom();
    boolean inOrder = prior.effectiveFrom().isBefore(start)
        && prior.effectiveUntil().map(until -> !until.isAfter(start)).orElse(false)
        && prior.jurisdiction().equals(catalogue.jurisdiction());
    if (!inOrder) {
      out.report(JsonPointer.of("effectiveFrom"), Map.of(
          "catalogue", catalogue.ref(),
          "from", start,
          "jurisdiction", Lists.text(catalogue.jurisdiction()),
          "previous", prior.ref(),
          "previousFrom", prior.effectiveFrom(),
          "previousUntil", prior.effectiveUntil(),
          "previousJurisdiction", Lists.text(prior.jurisdiction())));
    }
  }
}

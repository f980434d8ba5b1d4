package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;

/**
 * A villagers' representative meeting formed on or after 2026-01-01 probably has too few representatives or women
 * (组成比例可能不足), by the provisional defaults (four-fifths and one-third, carried over). A warning; when a pack sets
 * the numbers, {@link AssemblyShareTooLowRule} judges instead.
 */
@RuleDefinition(
    id = "meeting.assembly.share-too-low-provisional",
    severity = Severity.WARNING,
    inForceFrom = Bases.REVISED,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.PROVISIONAL, note = Bases.PROVISIONAL_NOTE)})
public final class ProvisionalAssemblyShareTooLowRule implements Rule<RepresentativeAssembly> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProvisionalAssemblyShareTooLowRule() {
    // stateless
  }

  @Override
  public Class<RepresentativeAssembly> subjectType() {
    return RepresentativeAssembly.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(MeetingParameters.REPRESENTATIVES_SHARE, MeetingParameters.WOMEN_SHARE);
  }

  @Override
  public void check(RepresentativeAssembly record, RuleContext context, FindingCollector out) {
    CommitteeChecks.assembly(record, context, out, true);
  }
}

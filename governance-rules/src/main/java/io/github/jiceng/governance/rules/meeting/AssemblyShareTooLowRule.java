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
 * A villagers' representative meeting has too few representatives or women among its members (代表会议组成比例
 * 不足), by confirmed numbers: representatives four-fifths or more, women one-third or more (村委会法 第二十五条), or the
 * numbers a pack sets for 2026.
 *
 * @see ProvisionalAssemblyShareTooLowRule
 */
@RuleDefinition(
    id = "meeting.assembly.share-too-low",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Bases.VILLAGE_LAW, article = "第二十五条", version = Bases.VILLAGE_EARLIER,
            inForceFrom = Bases.VILLAGE_FROM, inForceUntil = Bases.REVISED, confidence = Confidence.CONFIRMED,
            note = Bases.CONFIRMED_NOTE),
        @Basis(instrument = Bases.VILLAGE_LAW, version = Bases.VILLAGE_2025, inForceFrom = Bases.REVISED,
            confidence = Confidence.SINGLE_SOURCE, note = Bases.PACK_NOTE)})
public final class AssemblyShareTooLowRule implements Rule<RepresentativeAssembly> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public AssemblyShareTooLowRule() {
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
    CommitteeChecks.assembly(record, context, out, false);
  }
}

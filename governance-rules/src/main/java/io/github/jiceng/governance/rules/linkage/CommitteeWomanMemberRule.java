package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
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
 * A villagers' committee has no woman member (村民委员会无妇女成员): "村民委员会成员中，应当有妇女成员"
 * (村民委员会组织法 Art 6).
 */
@RuleDefinition(
    id = "linkage.committee.no-woman-member",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.VILLAGE_COMMITTEE_LAW, article = "第六条", version = "2010年修订、2018年修正",
        inForceFrom = "2010-10-28", inForceUntil = Instruments.COMMITTEE_LAWS_2026_FROM,
        confidence = Confidence.CONFIRMED, note = "reference.md §3.1: a woman member is required; 2026 text not checked"))
public final class CommitteeWomanMemberRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeWomanMemberRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public void check(CommunityCommittee committee, RuleContext context, FindingCollector out) {
    if (committee.kind() == CommitteeKind.VILLAGERS_COMMITTEE && committee.womenCount() == 0) {
      out.report(JsonPointer.of("members"), Map.of("name", committee.name(), "size", committee.size()));
    }
  }
}

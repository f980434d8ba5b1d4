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
 * The villagers' committee of a multi-ethnic village has no member of the less numerous ethnic groups
 * (多民族村民委员会无少数民族成员): "多民族村民居住的村应当有人数较少的民族的成员" (村民委员会组织法 Art 6). The record says
 * whether the village is multi-ethnic ({@link CommunityCommittee#multiEthnic()}) and which members are of a minority.
 */
@RuleDefinition(
    id = "linkage.committee.no-minority-member",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.VILLAGE_COMMITTEE_LAW, article = "第六条", version = "2010年修订、2018年修正",
        inForceFrom = "2010-10-28", inForceUntil = Instruments.COMMITTEE_LAWS_2026_FROM,
        confidence = Confidence.CONFIRMED,
        note = "reference.md §3.1: a minority member is required in multi-ethnic villages; 2026 text not checked"))
public final class CommitteeMinorityMemberRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeMinorityMemberRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public void check(CommunityCommittee committee, RuleContext context, FindingCollector out) {
    if (committee.kind() == CommitteeKind.VILLAGERS_COMMITTEE && committee.multiEthnic()
        && committee.minorityCount() == 0) {
      out.report(JsonPointer.of("members"), Map.of("name", committee.name(), "size", committee.size()));
    }
  }
}

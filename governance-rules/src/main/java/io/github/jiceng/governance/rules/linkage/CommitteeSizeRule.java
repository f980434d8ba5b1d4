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
 * A villagers' or residents' committee has too few or too many members (村（居）民委员会成员人数不符合规定): a villagers'
 * committee has three to seven members (村民委员会组织法 Art 6), a residents' committee five to nine (城市居民委员会组织法
 * 1989 Art 7). Judged by the law in force when the term starts. The 2026 texts were not available, so the rule is not
 * in force for terms starting on or after 2026-01-01.
 */
@RuleDefinition(
    id = "linkage.committee.size-out-of-range",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.VILLAGE_COMMITTEE_LAW, article = "第六条", version = "2010年修订、2018年修正",
            inForceFrom = "2010-10-28", inForceUntil = Instruments.COMMITTEE_LAWS_2026_FROM,
            confidence = Confidence.CONFIRMED,
            note = "村民委员会由主任、副主任和委员共三至七人组成 (reference.md §3.1); 2026 text not checked"),
        @Basis(instrument = Instruments.RESIDENTS_COMMITTEE_LAW, article = "第七条", version = "1989年",
            inForceFrom = "1990-01-01", inForceUntil = Instruments.COMMITTEE_LAWS_2026_FROM,
            confidence = Confidence.CONFIRMED,
            note = "居民委员会由主任、副主任和委员共五至九人组成 (reference.md §3.1); replaced by the 2025 revision")})
public final class CommitteeSizeRule implements Rule<CommunityCommittee> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public CommitteeSizeRule() {
    // stateless
  }

  @Override
  public Class<CommunityCommittee> subjectType() {
    return CommunityCommittee.class;
  }

  @Override
  public void check(CommunityCommittee committee, RuleContext context, FindingCollector out) {
    int min;
    int max;
    if (committee.kind() == CommitteeKind.VILLAGERS_COMMITTEE) {
      min = 3;
      max = 7;
    } else if (committee.kind() == CommitteeKind.RESIDENTS_COMMITTEE) {
      min = 5;
      max = 9;
    } else {
      return;
    }
    int size = committee.size();
    if (size < min || size > max) {
      out.report(JsonPointer.of("members"), Map.of(
          "name", committee.name(), "kind", committee.kind(), "size", size, "min", min, "max", max));
    }
  }
}

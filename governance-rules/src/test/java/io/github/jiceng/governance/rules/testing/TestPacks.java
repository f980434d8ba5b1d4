package io.github.jiceng.governance.rules.testing;

import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import java.time.LocalDate;
import java.util.List;

/** National &lt;- Chongqing &lt;- district packs over the test rules. */
public final class TestPacks {
  private TestPacks() {}

  /** Reason recorded by the Chongqing pack for its severity override. */
  public static final String CHONGQING_REASON = "渝测〔2026〕1号: clause limit is binding";
  /** Reason recorded by the district pack for switching the tags rule off. */
  public static final String DISTRICT_REASON = "区测〔2026〕2号: tags not used here";

  /**
   * Returns every test rule that belongs in packs (not the broken one).
   *
   * @return the rules
   */
  public static List<Rule<?>> rules() {
    return List.of(new QuorumRule(), new LegacyQuorumRule(), new ClauseLimitRule(), new TagsRule(),
        new ContactPhoneRule());
  }

  /** @return the national pack: every rule, defaults */
  public static RulePack national() {
    return RulePack.builder("cn", "2026.1", "100000").rules(rules().toArray(new Rule<?>[0])).build();
  }

  /** @return Chongqing: clause limit becomes an error, maximum 5 from 2026 */
  public static RulePack chongqing() {
    return RulePack.builder("cn.chongqing", "2026.1", "500000")
        .parent(national())
        .overrideSeverity("meeting.clauses.too-many", Severity.ERROR, CHONGQING_REASON)
        .parameter(ClauseLimitRule.MAXIMUM, 5, ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "渝测〔2026〕1号 第三条")
        .build();
  }

  /** @return a district of Chongqing: tags rule off, clause limit back to a warning */
  public static RulePack district() {
    return RulePack.builder("cn.chongqing.yuzhong", "2026.2", "500103")
        .parent(chongqing())
        .disable("meeting.tags.missing", DISTRICT_REASON)
        .overrideSeverity("meeting.clauses.too-many", Severity.WARNING, "区测〔2026〕3号")
        .build();
  }
}

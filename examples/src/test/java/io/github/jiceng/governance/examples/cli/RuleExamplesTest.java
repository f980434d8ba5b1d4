package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of {@code explain} are what a validator built here independently says about them. */
class RuleExamplesTest {
  private static final RulePack PACK = StandardPacks.chongqing();

  /** Validates a record on its own, judged on its own date, or else on the examples' day. */
  private static List<String> codes(Object record) {
    ZoneId china = ZoneId.of("Asia/Shanghai");
    Validator validator = Validator.builder(PACK).lookup(RecordLookup.ofRecords(List.of(record)))
        .clock(Clock.fixed(RuleExamples.TODAY.atStartOfDay(china).toInstant(), china)).build();
    return validator.validate(record).findings().stream().map(f -> f.code().value()).toList();
  }

  @Test
  void aRecordOnItsOwnFailsAndPassesAsShown() {
    for (String ruleId : List.of("meeting.quorum.not-met", "meeting.notice.too-short",
        "meeting.quorum.not-met-provisional", "council.dispute.outcome-missing")) {
      RuleExamples.Examples examples = RuleExamples.find(ruleId, PACK.descriptor(ruleId).orElseThrow().area(), PACK)
          .orElseThrow(() -> new AssertionError("no example for " + ruleId));
      assertThat(examples.finding.code().value()).isEqualTo(ruleId);
      assertThat(examples.failingContext).as(ruleId).isZero();
      assertThat(codes(examples.failing)).as(ruleId).contains(ruleId);
      assertThat(examples.passingContext).as(ruleId).isZero();
      assertThat(codes(examples.passing.orElseThrow())).as(ruleId).doesNotContain(ruleId);
    }
  }

  @Test
  void theSameExamplesOnEveryRun() {
    RuleExamples.Examples first = RuleExamples.find("meeting.quorum.not-met", "meeting", PACK).orElseThrow();
    RuleExamples.Examples second = RuleExamples.find("meeting.quorum.not-met", "meeting", PACK).orElseThrow();
    assertThat(second.failing).isEqualTo(first.failing);
    assertThat(second.passing).isEqualTo(first.passing);
  }
}

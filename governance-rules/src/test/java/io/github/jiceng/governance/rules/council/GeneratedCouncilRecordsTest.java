package io.github.jiceng.governance.rules.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.CouncilGenerators;
import io.github.jiceng.governance.testkit.CouncilDefect;
import io.github.jiceng.governance.testkit.DefectiveRecord;
import io.github.jiceng.governance.testkit.Generator;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The council test-kit generators judged by the validator: valid records pass, each defect makes its finding. */
class GeneratedCouncilRecordsTest {
  private static final LocalDate FROM = LocalDate.of(2011, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);

  private static <T> Gen<T> seeded(Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }

  private static List<Finding> check(RulePack pack, Object record) {
    return Validator.builder(pack).rethrowRuleFailures(true).build().validate(record).findings();
  }

  private static void assertValid(Generator<?> generator) {
    qt().withExamples(200).forAll(seeded(generator)).checkAssert(r -> {
      assertThat(check(StandardPacks.national(), r)).as(r.toString()).isEmpty();
      assertThat(check(StandardPacks.chongqing(), r)).as(r.toString()).isEmpty();
    });
  }

  @Test
  void validCouncilsSessionsDisputesAndMattersHaveNoFindings() {
    assertValid(CouncilGenerators.councils(FROM, UNTIL));
    assertValid(CouncilGenerators.sessions(FROM, UNTIL));
    assertValid(CouncilGenerators.disputes(FROM, UNTIL));
    assertValid(CouncilGenerators.matters(FROM, UNTIL));
  }

  @Test
  void eachPlantedDefectYieldsExactlyItsFinding() {
    qt().withExamples(300).forAll(seeded(CouncilGenerators.defective(FROM, UNTIL))).checkAssert(d -> {
      for (RulePack pack : List.of(StandardPacks.national(), StandardPacks.chongqing())) {
        List<Finding> findings = check(pack, d.record());
        assertThat(findings.stream().map(f -> f.code().value()).collect(Collectors.toList())).as(d.description())
            .containsExactly(expectedCode(d));
        assertThat(findings).allSatisfy(f -> {
          assertThat(f.subject().type()).isEqualTo(d.subjectType());
          assertThat(f.subject().id()).contains(d.subjectId());
        });
      }
    });
  }

  static String expectedCode(DefectiveRecord<CouncilDefect> d) {
    switch (d.defect()) {
      case OUTCOME_MISSING:
        return "council.dispute.outcome-missing";
      case AGREEMENT_UNDATED:
        return "council.dispute.agreement-undated";
      case ROUTE_MISMATCH:
        return "council.matter.route-mismatch";
      default:
        return "constraint.NotEmpty";
    }
  }
}

package io.github.jiceng.governance.rules.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.DefectiveLinkage;
import io.github.jiceng.governance.testkit.Generator;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageDefect;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/** The test kit's generated datasets through the validator: valid ones are clean, each defect gives its finding. */
class GeneratedLinkageTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");

  private static <T> Gen<T> seeded(Generator<T> generator) {
    return in -> generator.generate(new SplittableRandom(in.next(Constraint.none())));
  }

  private static ValidationReport validate(RulePack pack, LinkageDataset data) {
    return LinkageFixtures.validate(pack, new ArrayList<>(data.records()));
  }

  @Test
  void generatedDatasetsHaveNoFindings() {
    qt().withExamples(40).forAll(seeded(LinkageGenerators.datasets(KAIZHOU, 3))).checkAssert(data -> {
      assertThat(validate(StandardPacks.chongqing(), data).findings()).isEmpty();
      assertThat(validate(StandardPacks.national(), data).findings()).isEmpty();
    });
  }

  @Test
  void eachPlantedDefectGivesExactlyItsFindingOnItsSubject() {
    qt().withExamples(300).forAll(seeded(LinkageGenerators.defective(KAIZHOU, 3))).checkAssert(broken -> {
      List<Finding> findings = validate(StandardPacks.chongqing(), broken.dataset()).findings();
      assertThat(findings).as(broken.description()).singleElement().satisfies(f -> {
        assertThat(f.code().value()).isEqualTo(broken.defect().ruleId());
        assertThat(f.subject()).isEqualTo(Subject.of(broken.subjectType(), broken.subjectId()));
      });
      List<Finding> national = validate(StandardPacks.national(), broken.dataset()).findings();
      assertThat(national).as(broken.description()).hasSize(broken.defect().isChongqingOnly() ? 0 : 1);
    });
  }

  @Test
  void everyLinkageRuleHasADefectThatTriggersIt() {
    Set<String> covered = new java.util.HashSet<>();
    for (LinkageDefect defect : LinkageDefect.values()) {
      covered.add(defect.ruleId());
      DefectiveLinkage broken = LinkageGenerators.defective(KAIZHOU, 2, defect).sample(3L, 1).get(0);
      assertThat(validate(StandardPacks.chongqing(), broken.dataset()).findings()).as(broken.description())
          .extracting(f -> f.code().value()).containsExactly(defect.ruleId());
    }
    List<String> ruleIds = new ArrayList<>();
    LinkageRules.all().forEach(r -> ruleIds.add(io.github.jiceng.governance.rules.RuleDescriptor.of(r).id().value()));
    LinkageRules.chongqing()
        .forEach(r -> ruleIds.add(io.github.jiceng.governance.rules.RuleDescriptor.of(r).id().value()));
    assertThat(covered).containsExactlyInAnyOrderElementsOf(ruleIds);
    assertThat(EnumSet.allOf(LinkageDefect.class)).hasSameSizeAs(ruleIds);
  }
}

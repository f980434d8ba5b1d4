package io.github.jiceng.governance.rules.linkage;

import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.dataset;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinkageDatasetTest {

  @Test
  void theCoherentDatasetHasNoFindingsNationallyOrInChongqing() {
    assertThat(validate(StandardPacks.national(), dataset()).findings()).isEmpty();
    assertThat(validate(StandardPacks.chongqing(), dataset()).findings()).isEmpty();
    assertThat(validate(StandardPacks.forJurisdiction("500154"), dataset()).recordCount())
        .isEqualTo(dataset().size());
  }

  @Test
  void everyLinkageRuleIsInTheNationalOrChongqingPackWithAUniqueId() {
    List<String> national = ids(StandardPacks.national().catalog().descriptors());
    List<String> chongqing = LinkageRules.chongqing().stream()
        .map(r -> RuleDescriptor.of(r).id().value()).collect(Collectors.toList());
    List<String> all = LinkageRules.all().stream()
        .map(r -> RuleDescriptor.of(r).id().value()).collect(Collectors.toList());

    assertThat(all).doesNotHaveDuplicates().allMatch(id -> id.startsWith("linkage."));
    assertThat(national).containsAll(all).doesNotContainAnyElementsOf(chongqing);
    assertThat(ids(StandardPacks.chongqing().catalog().descriptors())).containsAll(chongqing);
  }

  @Test
  void rulesRestingOnProvisionalBasesAreAtMostWarnings() {
    StandardPacks.chongqing().catalog().descriptors().stream()
        .filter(d -> d.area().equals("linkage"))
        .filter(d -> d.legalBases().stream().anyMatch(b -> b.confidence() == Confidence.PROVISIONAL))
        .forEach(d -> assertThat(d.severity()).as(d.id().value()).isNotEqualTo(Severity.ERROR));
  }

  private static List<String> ids(List<RuleDescriptor> descriptors) {
    return descriptors.stream().map(d -> d.id().value()).collect(Collectors.toList());
  }
}

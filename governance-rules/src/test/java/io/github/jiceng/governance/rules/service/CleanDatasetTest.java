package io.github.jiceng.governance.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fixture is clean under every pack, and the service rules are in the standard packs. */
class CleanDatasetTest {
  @Test
  void theFixtureHasNoFindingsUnderAnyPack() {
    assertThat(ServiceFixtures.validate(ServiceFixtures.dataset()).findings()).isEmpty();
    assertThat(ServiceFixtures.validate(StandardPacks.national(), ServiceFixtures.dataset()).findings()).isEmpty();
    assertThat(ServiceFixtures.validate(ServiceFixtures.example(), ServiceFixtures.dataset()).findings()).isEmpty();
  }

  @Test
  void everyServiceRuleIsInTheNationalPackWithABasis() {
    List<String> ids = ServiceRules.all().stream().map(r -> RuleDescriptor.of(r).id().value())
        .collect(Collectors.toList());
    assertThat(ids).hasSize(17).doesNotHaveDuplicates().allMatch(id -> id.startsWith("service."));
    assertThat(StandardPacks.national().catalog().descriptors()).extracting(d -> d.id().value())
        .containsAll(ids);
    ServiceRules.all().forEach(rule -> assertThat(RuleDescriptor.of(rule).legalBases()).isNotEmpty());
  }
}

package io.github.jiceng.governance.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardPacksTest {

  @Test
  void packsNestFromTheCountryThroughChongqingToADistrict() {
    RulePack kaizhou = StandardPacks.forJurisdiction("500154");

    assertThat(kaizhou.id()).isEqualTo("cn.chongqing.d500154");
    assertThat(kaizhou.jurisdiction()).isEqualTo(Jurisdiction.parse("500154"));
    assertThat(kaizhou.parent()).contains(StandardPacks.chongqing());
    assertThat(StandardPacks.chongqing().parent()).contains(StandardPacks.national());
    assertThat(StandardPacks.forJurisdiction("100000")).isSameAs(StandardPacks.national());
    assertThat(StandardPacks.forJurisdiction("500000")).isSameAs(StandardPacks.chongqing());
    assertThat(StandardPacks.forJurisdiction("110105").parent()).contains(StandardPacks.national());
    assertThat(kaizhou.rules()).hasSameSizeAs(StandardPacks.chongqing().rules());
  }

  @Test
  void everyStandardRuleHasALegalBasisAndTitlesInBothLanguages() {
    assertThat(StandardPacks.national().catalog().descriptors()).isNotEmpty().allSatisfy(descriptor -> {
      assertThat(descriptor.legalBases()).as(descriptor.id().value()).isNotEmpty();
      assertThat(descriptor.title(java.util.Locale.SIMPLIFIED_CHINESE)).isNotBlank();
      assertThat(descriptor.title(java.util.Locale.ENGLISH)).isNotBlank();
    });
    assertThat(StandardPacks.national().catalog().descriptors().stream().map(RuleDescriptor::area)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("id", "territory", "burden", "linkage", "service",
            "meeting", "covenant", "council");
  }
}

package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.testing.BrokenRule;
import io.github.jiceng.governance.rules.testing.ClauseLimitRule;
import io.github.jiceng.governance.rules.testing.QuorumRule;
import io.github.jiceng.governance.rules.testing.TagsRule;
import io.github.jiceng.governance.rules.testing.TestPacks;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RulePackTest {
  private static final LocalDate IN_2026 = LocalDate.of(2026, 6, 1);

  @Test
  void descriptorComesFromAnnotationAndBundle() {
    RuleDescriptor quorum = RuleDescriptor.of(new QuorumRule());
    assertThat(quorum.id().value()).isEqualTo("meeting.quorum.not-met");
    assertThat(quorum.area()).isEqualTo("meeting");
    assertThat(quorum.severity()).isEqualTo(Severity.ERROR);
    assertThat(quorum.title(Locale.SIMPLIFIED_CHINESE)).isEqualTo("到会人数未过半数");
    assertThat(quorum.title(Locale.ENGLISH)).isEqualTo("Quorum not met");
    assertThat(quorum.message(Locale.ENGLISH).placeholders()).containsExactly("attendance", "eligible");
    assertThat(quorum.legalBases()).singleElement().satisfies(basis -> {
      assertThat(basis.instrument()).isEqualTo("中华人民共和国村民委员会组织法");
      assertThat(basis.article()).contains("第二十二条");
      assertThat(basis.confidence()).isEqualTo(Confidence.SINGLE_SOURCE);
      assertThat(basis.inForce().from()).contains(LocalDate.of(2010, 10, 28));
    });
    assertThat(quorum.isInForceOn(LocalDate.of(2010, 10, 27))).isFalse();
    assertThat(quorum.isInForceOn(LocalDate.of(2010, 10, 28))).isTrue();
    assertThat(quorum.subjectType().getSimpleName()).isEqualTo("Meeting");
    assertThat(quorum.isDeprecated()).isFalse();
  }

  @Test
  void childInheritsAndNearestDecisionWins() {
    RulePack national = TestPacks.national();
    RulePack chongqing = TestPacks.chongqing();
    RulePack district = TestPacks.district();
    String limit = "meeting.clauses.too-many";
    assertThat(national.severityOf(limit)).isEqualTo(Severity.WARNING);
    assertThat(chongqing.severityOf(limit)).isEqualTo(Severity.ERROR);
    assertThat(chongqing.severityOverride(limit).orElseThrow().reason()).isEqualTo(TestPacks.CHONGQING_REASON);
    assertThat(district.severityOf(limit)).isEqualTo(Severity.WARNING);
    assertThat(district.severityOverride(limit).orElseThrow().packId()).isEqualTo("cn.chongqing.yuzhong");
    assertThat(district.rules()).hasSameSizeAs(national.rules());
    assertThat(district.ownRules()).isEmpty();
  }

  @Test
  void disableRecordsReasonAndRemovesRuleFromForce() {
    RulePack district = TestPacks.district();
    assertThat(district.isEnabled("meeting.tags.missing")).isFalse();
    assertThat(district.disablement("meeting.tags.missing").orElseThrow().reason()).isEqualTo(TestPacks.DISTRICT_REASON);
    assertThat(district.rulesInForce(IN_2026)).noneMatch(r -> r instanceof TagsRule);
    assertThat(TestPacks.chongqing().rulesInForce(IN_2026)).anyMatch(r -> r instanceof TagsRule);
  }

  @Test
  void parametersResolveByPackAndDate() {
    RulePack chongqing = TestPacks.chongqing();
    ParameterValue<Integer> before = chongqing.parameterValue(ClauseLimitRule.MAXIMUM, LocalDate.of(2025, 12, 31));
    assertThat(before.value()).isEqualTo(3);
    assertThat(before.isDefault()).isTrue();
    ParameterValue<Integer> after = TestPacks.district().parameterValue(ClauseLimitRule.MAXIMUM, IN_2026);
    assertThat(after.value()).isEqualTo(5);
    assertThat(after.packId()).contains("cn.chongqing");
    assertThat(after.note()).contains("渝测〔2026〕1号 第三条");
  }

  @Test
  void decisionsAboutUnknownRulesAreRejected() {
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000").parent(TestPacks.national())
            .disable("meeting.quorum.not-mett", "typo").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meeting.quorum.not-mett")
        .hasMessageContaining("meeting.quorum.not-met");
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000")
            .overrideSeverity("meeting.quorum.not-met", Severity.INFO, "no rule").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aChildPackMustLieWithinItsParentsJurisdiction() {
    RulePack chongqing = TestPacks.chongqing();
    assertThatThrownBy(() -> RulePack.builder("cn.beijing", "1", "110000").parent(chongqing).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("110000")
        .hasMessageContaining("500000");
    assertThat(RulePack.builder("cn.chongqing.kaizhou", "1", "500154").parent(chongqing).build().jurisdiction())
        .isEqualTo(Jurisdiction.parse("500154"));
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "99"))
        .isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void reasonsAreMandatory() {
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000").disable("meeting.tags.missing", " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
  }

  @Test
  void duplicateRuleIdsAreRejected() {
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000").parent(TestPacks.national())
            .rules(new QuorumRule()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meeting.quorum.not-met");
  }

  @Test
  void undeclaredAndOverlappingParametersAreRejected() {
    Parameter<Integer> unknown = Parameter.of("meeting.unknown.value", Integer.class, 1);
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000").parent(TestPacks.national())
            .parameter(unknown, 2, ValidityPeriod.always()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meeting.unknown.value");
    assertThatThrownBy(() -> RulePack.builder("cn.x", "1", "100000").parent(TestPacks.national())
            .parameter(ClauseLimitRule.MAXIMUM, 4, ValidityPeriod.from(LocalDate.of(2020, 1, 1)))
            .parameter(ClauseLimitRule.MAXIMUM, 6, ValidityPeriod.from(LocalDate.of(2024, 1, 1))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlapping");
  }

  @Test
  void malformedIdsAreRejected() {
    assertThatThrownBy(() -> RulePack.builder("CN", "1", "100000")).hasMessageContaining("'CN'");
    assertThatThrownBy(() -> FindingCode.ofRule("meeting.quorum")).hasMessageContaining("area.subject.check");
    assertThatThrownBy(() -> FindingCode.ofRule("Meeting.quorum.not-met")).isInstanceOf(IllegalArgumentException.class);
    assertThat(FindingCode.of("constraint.NotBlank").area()).isEqualTo("constraint");
    assertThat(FindingCode.of("json.unknown-property").isRuleId()).isFalse();
  }

  @Test
  void validityCoversTheChain() {
    RulePack parent = RulePack.builder("cn", "1", "100000")
        .validity(ValidityPeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1))).build();
    RulePack child = RulePack.builder("cn.a", "1", "500000").parent(parent)
        .validity(ValidityPeriod.from(LocalDate.of(2025, 1, 1))).build();
    assertThat(child.isValidOn(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(child.isValidOn(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(child.isValidOn(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void catalogListsEveryRuleSortedById() {
    RuleCatalog catalog = TestPacks.district().catalog();
    assertThat(catalog.descriptors()).extracting(d -> d.id().value()).containsExactly(
        "meeting.clauses.too-many", "meeting.contact.phone-format", "meeting.quorum.legacy-not-met",
        "meeting.quorum.not-met", "meeting.tags.missing");
    assertThat(catalog.areas()).containsExactly("meeting");
    assertThat(catalog.find("meeting.clauses.too-many").orElseThrow().parameterNames())
        .containsExactly("meeting.clauses.maximum");
    assertThat(RuleCatalog.ofRules(java.util.List.of(new BrokenRule())).size()).isEqualTo(1);
  }

  @Test
  void aRuleCanBeUnitTestedWithAContextAndACollector() {
    RuleContext context = RuleContext.of(TestPacks.chongqing(), IN_2026, RecordLookup.none());
    assertThat(context.parameter(ClauseLimitRule.MAXIMUM)).isEqualTo(5);
    assertThat(context.jurisdiction().code()).isEqualTo("500000");
    assertThat(context.asOf()).isEmpty();
    java.util.List<String> reported = new java.util.ArrayList<>();
    FindingCollector collector = (at, arguments) -> reported.add(at + " " + new java.util.TreeMap<>(arguments));
    new QuorumRule().check(io.github.jiceng.governance.rules.testing.Meeting.valid("U").withAttendance(50), context,
        collector);
    assertThat(reported).containsExactly("/attendance {attendance=50, eligible=100}");
  }
}

package io.github.jiceng.governance.rules.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.council.Council;
import io.github.jiceng.governance.core.council.CouncilKind;
import io.github.jiceng.governance.core.council.CouncilMember;
import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.DisputeOutcome;
import io.github.jiceng.governance.core.council.HandlingBody;
import io.github.jiceng.governance.core.council.ImmutableDisputeCase;
import io.github.jiceng.governance.core.council.ImmutableRaisedMatter;
import io.github.jiceng.governance.core.council.MatterClass;
import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CouncilRulesTest {
  private static final DivisionCode JINZHOU = DivisionCode.parse("500154001001");
  private static final Validator VALIDATOR = Validator.builder(StandardPacks.chongqing()).rethrowRuleFailures(true)
      .build();

  private static List<Finding> check(Object record) {
    return VALIDATOR.validate(record).findings();
  }

  private static DisputeCase settled() {
    return DisputeCase.builder().id("JZ-2024-017").councilId("JZ-LLYS").addParties("张某", "李某").matter("楼上漏水赔偿")
        .received(LocalDate.of(2024, 6, 3)).closed(LocalDate.of(2024, 6, 12)).outcome(DisputeOutcome.AGREEMENT_REACHED)
        .agreementDate(LocalDate.of(2024, 6, 12)).build();
  }

  @Test
  void aClosedDisputeNeedsAnOutcomeAndAnAgreementItsDate() {
    assertThat(check(settled())).isEmpty();
    assertThat(check(ImmutableDisputeCase.copyOf(settled()).withOutcome(java.util.Optional.empty())))
        .singleElement().satisfies(f -> {
          assertThat(f.code().value()).isEqualTo("council.dispute.outcome-missing");
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.subject().type()).isEqualTo("dispute-case");
          assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
              .isEqualTo("纠纷“楼上漏水赔偿”于2024年6月3日受理，2024年6月12日结案，但未记录调解结果");
        });
    assertThat(check(ImmutableDisputeCase.copyOf(settled()).withClosed(java.util.Optional.empty())
        .withOutcome(java.util.Optional.empty()))).as("an open case needs no outcome yet").isEmpty();
    assertThat(check(ImmutableDisputeCase.copyOf(settled()).withAgreementDate(java.util.Optional.empty())))
        .singleElement().satisfies(f -> assertThat(f.code().value()).isEqualTo("council.dispute.agreement-undated"));
    assertThat(settled().toString()).doesNotContain("张某").contains("2 parties");
  }

  @Test
  void aMajorMatterGoesToGovernmentAMinorOneToTheCommunityAPrivateOneToResidents() {
    RaisedMatter lights = RaisedMatter.builder().id("JZ-M-0042").unit(JINZHOU).raised(LocalDate.of(2024, 7, 1))
        .description("小区主干道路灯损坏").matterClass(MatterClass.MINOR)
        .handledBy(HandlingBody.VILLAGE_OR_COMMUNITY_COMMITTEE).route("居民议事会协商，物业维修").build();
    RaisedMatter flood = ImmutableRaisedMatter.copyOf(lights).withId("JZ-M-0043").withDescription("汛期河堤加固")
        .withMatterClass(MatterClass.MAJOR).withHandledBy(HandlingBody.GOVERNMENT_DEPARTMENT);

    assertThat(check(lights)).isEmpty();
    assertThat(check(flood)).isEmpty();
    assertThat(check(ImmutableRaisedMatter.copyOf(flood).withHandledBy(HandlingBody.COUNCIL))).singleElement()
        .satisfies(f -> {
          assertThat(f.code().value()).isEqualTo("council.matter.route-mismatch");
          assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).startsWith("“汛期河堤加固”被分流为大事，却由议事会等协商组织承办；")
              .contains("政府职能部门").contains("乡镇政府、街道办事处");
        });
    assertThat(check(ImmutableRaisedMatter.copyOf(lights).withMatterClass(MatterClass.PRIVATE))).singleElement()
        .satisfies(f -> assertThat(f.code().value()).isEqualTo("council.matter.route-mismatch"));
  }

  @Test
  void aCouncilWithoutMembersIsAConstraintFinding() {
    Council council = Council.builder().id("JZ-YSH").kind(CouncilKind.RESIDENTS_COUNCIL).unit(JINZHOU)
        .name("金州社区居民议事会").build();

    assertThat(check(council)).singleElement()
        .satisfies(f -> assertThat(f.code().value()).isEqualTo("constraint.NotEmpty"));
    assertThat(check(Council.builder().id("JZ-YSH").kind(CouncilKind.RESIDENTS_COUNCIL).unit(JINZHOU)
        .name("金州社区居民议事会").addMembers(CouncilMember.of("王德明", "会长")).build())).isEmpty();
  }
}

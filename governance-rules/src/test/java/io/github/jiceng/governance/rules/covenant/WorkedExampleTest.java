package io.github.jiceng.governance.rules.covenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionStep;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantKind;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.Filing;
import io.github.jiceng.governance.core.covenant.FilingBody;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionRecord;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionVote;
import io.github.jiceng.governance.core.covenant.ImmutableCovenant;
import io.github.jiceng.governance.core.covenant.Review;
import io.github.jiceng.governance.core.covenant.ReviewBody;
import io.github.jiceng.governance.core.covenant.ReviewResult;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.Convener;
import io.github.jiceng.governance.core.meeting.Exclusion;
import io.github.jiceng.governance.core.meeting.ExclusionReason;
import io.github.jiceng.governance.core.meeting.ImmutableResolution;
import io.github.jiceng.governance.core.meeting.ImmutableTally;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The worked adoption record of docs/domain/covenants.md, judged as the page says. */
class WorkedExampleTest {
  private static final DivisionCode DINGXING = DivisionCode.parse("500154101201");

  static Meeting vote() {
    return Meeting.builder().id("DX-2024-03").type(MeetingType.VILLAGERS_MEETING).base(QuorumBase.ADULTS)
        .unit(DINGXING).date(LocalDate.of(2024, 3, 20)).noticeDate(LocalDate.of(2024, 3, 8))
        .convenedBy(Convener.VILLAGERS_COMMITTEE)
        .eligible(1200).addExclusions(Exclusion.of(ExclusionReason.UNREACHABLE, 30),
            Exclusion.of(ExclusionReason.UNABLE_TO_RETURN, 10))
        .attended(590).womenAttended(231)
        .addResolutions(new ImmutableResolution.Builder().number(1).matter("表决《顶星村村规民约》（2024年修订）")
            .covenantId("DX-2024").declaredAdopted(true)
            .tally(new ImmutableTally.Builder().inFavour(552).against(21).abstentions(12).blank(3).spoiled(2)
                .ballotsInPerson(570).ballotsByOtherMeans(20).build())
            .build())
        .build();
  }

  static Covenant rules() {
    return Covenant.builder().id("DX-2024").kind(CovenantKind.VILLAGE_RULES).unit(DINGXING)
        .unitName("顶星村").title("顶星村村规民约").version(2)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法，诚实守信，文明礼让。", ContentArea.DAILY_CONDUCT),
            Clause.of(2, "爱护公共设施，维护村容村貌和环境卫生。", ContentArea.PUBLIC_ORDER),
            Clause.of(3, "男女平等，保障妇女、儿童、老年人和残疾人的合法权益。", ContentArea.RIGHTS_AND_INTERESTS),
            Clause.of(4, "邻里纠纷先行协商，协商不成的，可以申请人民调解委员会调解。", ContentArea.DISPUTE_MEDIATION),
            Clause.of(5, "婚事新办，丧事简办，反对铺张浪费和天价彩礼。", ContentArea.CUSTOMS),
            Clause.of(6, "乱倒垃圾的，罚款200元。", ContentArea.PUBLIC_ORDER))
        .adoption(AdoptionRecord.builder()
            .solicitation(AdoptionStep.of(LocalDate.of(2024, 1, 10), "村民座谈会 3 场", "入户征求意见 86 户"))
            .drafting(AdoptionStep.of(LocalDate.of(2024, 1, 25), "草案文本"))
            .review(Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED_WITH_CHANGES,
                LocalDate.of(2024, 2, 20)))
            .vote(AdoptionVote.of(LocalDate.of(2024, 3, 20), "DX-2024-03", MeetingType.VILLAGERS_MEETING, true))
            .filing(Filing.of(LocalDate.of(2024, 3, 28), FilingBody.TOWNSHIP_GOVERNMENT))
            .publication(AdoptionStep.of(LocalDate.of(2024, 4, 2), "村务公开栏"))
            .build())
        .addStatusHistory(StatusChange.of(CovenantStatus.ADOPTED, LocalDate.of(2024, 3, 20)),
            StatusChange.of(CovenantStatus.FILED, LocalDate.of(2024, 3, 28)),
            StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2024, 4, 2)))
        .build();
  }

  @Test
  void inChongqingOnlyTheFineClauseIsReported() {
    List<Finding> findings = CovenantRulesTest.validate(StandardPacks.chongqing(), List.of(rules(), vote()))
        .findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("covenant.content.fine");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().pointer().toString()).isEqualTo("/clauses/5/text");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第6条含有“罚款”：涉及罚款或处罚，处罚权属于法定机关，"
          + "需人工审核其合法性（村民委员会组织法第二十七条；重庆市实施办法第九条）");
    });
  }

  @Test
  void nationallyTheExclusionsStayInTheBaseAndTheQuorumFailsElevenShort() {
    List<Finding> findings = CovenantRulesTest.validate(StandardPacks.national(), List.of(rules(), vote()))
        .findings();

    assertThat(CovenantRulesTest.codes(findings)).containsExactly("covenant.content.fine",
        "meeting.exclusions.not-provided", "meeting.quorum.not-met");
    assertThat(findings.stream().filter(f -> f.code().value().equals("meeting.quorum.not-met")).findFirst()
        .orElseThrow().attribute("required")).contains("601");
  }

  @Test
  void atTheRepresentativeMeetingChongqingWarnsAndTheNationalPackInforms() {
    Meeting passing = Meeting.builder().id("DX-2024-03").type(MeetingType.VILLAGER_REPRESENTATIVE_MEETING)
        .base(QuorumBase.MEMBERS).unit(DINGXING).date(LocalDate.of(2024, 3, 20)).noticeDate(LocalDate.of(2024, 3, 15))
        .convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(40).attended(30).womenAttended(12)
        .addResolutions(ImmutableResolution.copyOf(vote().resolutions().get(0))
            .withTally(new ImmutableTally.Builder().inFavour(28).against(2).abstentions(0).build()))
        .build();
    AdoptionRecord record = rules().adoption().orElseThrow();
    Covenant delegated = ImmutableCovenant.copyOf(rules()).withAdoption(ImmutableAdoptionRecord.copyOf(record)
        .withVote(ImmutableAdoptionVote.copyOf(record.vote().orElseThrow())
            .withMeetingType(MeetingType.VILLAGER_REPRESENTATIVE_MEETING)));

    List<Finding> chongqing = CovenantRulesTest.validate(StandardPacks.chongqing(), List.of(delegated, passing))
        .forCode("covenant.adoption.delegated");
    List<Finding> national = CovenantRulesTest.validate(StandardPacks.national(), List.of(delegated, passing))
        .forCode("covenant.adoption.delegated");

    assertThat(chongqing).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(national).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}

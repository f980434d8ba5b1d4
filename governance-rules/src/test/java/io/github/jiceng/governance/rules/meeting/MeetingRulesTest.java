package io.github.jiceng.governance.rules.meeting;

import static io.github.jiceng.governance.rules.meeting.Judge.codes;
import static io.github.jiceng.governance.rules.meeting.Judge.seeded;
import static io.github.jiceng.governance.rules.meeting.Judge.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.Convener;
import io.github.jiceng.governance.core.meeting.Exclusion;
import io.github.jiceng.governance.core.meeting.ExclusionReason;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.ImmutableResolution;
import io.github.jiceng.governance.core.meeting.ImmutableTally;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.core.meeting.Tally;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidationReport;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import io.github.jiceng.governance.testkit.DefectiveMeeting;
import io.github.jiceng.governance.testkit.MeetingDefect;
import io.github.jiceng.governance.testkit.MeetingGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {
  static final LocalDate FROM = LocalDate.of(2011, 1, 1);
  static final LocalDate REVISED = LocalDate.of(2026, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2029, 1, 1);
  static final DivisionCode DINGXING = DivisionCode.parse("500154101201");

  static ImmutableMeeting.Builder villagersMeeting(String id, LocalDate date, int eligible, int attended) {
    return Meeting.builder().id(id).type(MeetingType.VILLAGERS_MEETING).base(QuorumBase.ADULTS).unit(DINGXING)
        .date(date).noticeDate(date.minusDays(12)).convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(eligible)
        .attended(attended).womenAttended(Math.min(attended, 1));
  }

  @Test
  void validMeetingsHaveNoFindingsNationallyOrInChongqing() {
    qt().withExamples(300).forAll(seeded(MeetingGenerators.valid(FROM, UNTIL))).checkAssert(meeting -> {
      assertThat(validate(StandardPacks.national(), meeting).findings()).as(meeting.toString()).isEmpty();
      assertThat(validate(StandardPacks.chongqing(), meeting).findings()).as(meeting.toString()).isEmpty();
    });
  }

  @Test
  void eachPlantedDefectYieldsExactlyItsFindingUnderTheLawOfTheMeetingsDate() {
    qt().withExamples(400).forAll(seeded(MeetingGenerators.defective(FROM, UNTIL))).checkAssert(defective -> {
      ValidationReport report = validate(StandardPacks.national(), defective.meeting());
      assertThat(codes(report)).as(defective.description()).containsExactly(expectedCode(defective));
      assertThat(report.findings()).allSatisfy(f -> assertThat(f.subject().id()).contains(defective.meeting().id()));
    });
  }

  static String expectedCode(DefectiveMeeting defective) {
    String provisional = defective.meeting().date().isBefore(REVISED) ? "" : "-provisional";
    switch (defective.defect()) {
      case QUORUM_NOT_MET:
        return "meeting.quorum.not-met" + provisional;
      case DECISION_NOT_PASSED:
        return "meeting.decision.not-passed" + provisional;
      case NOTICE_TOO_SHORT:
        return "meeting.notice.too-short" + provisional;
      case NOTICE_DATE_MISSING:
        return "meeting.notice.date-missing";
      case WOMEN_EXCEED_ATTENDANCE:
        return "meeting.attendance.inconsistent";
      case BALLOTS_NOT_RECONCILED:
        return "meeting.ballots.not-reconciled";
      case VOTES_EXCEED_ATTENDANCE:
        return "meeting.ballots.exceed-attendance";
      case REQUISITION_BELOW_THRESHOLD:
        return "meeting.requisition.below-threshold" + provisional;
      default:
        return "meeting.exclusions.not-provided";
    }
  }

  @Test
  void meetingsOnEitherSideOf2026AreJudgedUnderDifferentLawVersions() {
    Meeting before = villagersMeeting("M-1231", LocalDate.of(2025, 12, 31), 100, 50).build();
    Meeting after = villagersMeeting("M-0102", LocalDate.of(2026, 1, 2), 100, 50).build();

    ValidationReport report = validate(StandardPacks.national(), before, after);

    Finding old = report.forCode("meeting.quorum.not-met").get(0);
    assertThat(old.subject().id()).contains("M-1231");
    assertThat(old.severity()).isEqualTo(Severity.ERROR);
    assertThat(old.attribute("source")).contains("TEXT_BEFORE_2026");
    assertThat(old.attribute("provisional")).contains("false");
    assertThat(old.legalBases()).extracting(LegalBasis::confidence).containsOnly(Confidence.CONFIRMED);
    assertThat(old.legalBases()).extracting(b -> b.version().orElse("")).contains("2010年修订、2018年修正");

    Finding provisional = report.forCode("meeting.quorum.not-met-provisional").get(0);
    assertThat(provisional.subject().id()).contains("M-0102");
    assertThat(provisional.severity()).isEqualTo(Severity.WARNING);
    assertThat(provisional.attribute("source")).contains("PROVISIONAL");
    assertThat(provisional.attribute("provisional")).contains("true");
    assertThat(provisional.legalBases()).isNotEmpty().extracting(LegalBasis::confidence)
        .containsOnly(Confidence.PROVISIONAL);
    assertThat(provisional.message(Locale.SIMPLIFIED_CHINESE)).contains("暂沿用原数值，待核实").contains("实到50人");
    assertThat(provisional.message(Locale.ENGLISH)).contains("provisionally").contains("attended 50");
    assertThat(codes(report)).containsExactly("meeting.quorum.not-met", "meeting.quorum.not-met-provisional");
  }

  @Test
  void aPackThatSetsThe2026NumberJudgesWithoutCodeChangesAndOnlyFrom2026() {
    var quorum = MeetingParameters.quorum(MeetingType.VILLAGERS_MEETING, QuorumBase.ADULTS);
    var halfOrMore = io.github.jiceng.governance.rules.RulePack.builder("cn.test", "1", "100000")
        .parent(StandardPacks.national())
        .parameter(quorum, io.github.jiceng.governance.core.meeting.Threshold.atLeast(1, 2),
            io.github.jiceng.governance.rules.ValidityPeriod.from(REVISED), "hypothetical confirmed 2026 number")
        .build();
    var confirmedMajority = io.github.jiceng.governance.rules.RulePack.builder("cn.test2", "1", "100000")
        .parent(StandardPacks.national())
        .parameter(quorum, io.github.jiceng.governance.core.meeting.Threshold.MAJORITY,
            io.github.jiceng.governance.rules.ValidityPeriod.from(REVISED), "村委会法（2025年修正）checked")
        .build();
    Meeting before = villagersMeeting("M-1231", LocalDate.of(2025, 12, 31), 100, 50).build();
    Meeting after = villagersMeeting("M-0102", LocalDate.of(2026, 1, 2), 100, 50).build();

    assertThat(codes(validate(halfOrMore, before))).containsExactly("meeting.quorum.not-met");
    assertThat(codes(validate(halfOrMore, after))).isEmpty();
    List<Finding> confirmed = validate(confirmedMajority, after).findings();
    assertThat(codes(confirmed)).containsExactly("meeting.quorum.not-met");
    assertThat(confirmed.get(0).attribute("source")).contains("PACK");
    assertThat(confirmed.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(confirmed.get(0).legalBases()).extracting(b -> b.version().orElse("")).containsOnly("2025年修正",
        "2025年修订");
  }

  @Test
  void chongqingLeavesExcludedVillagersOutOfTheBaseAndTheNationalPackDoesNot() {
    Meeting meeting = villagersMeeting("M-CQ", LocalDate.of(2024, 3, 20), 1200, 590)
        .addExclusions(Exclusion.of(ExclusionReason.UNREACHABLE, 30),
            Exclusion.of(ExclusionReason.UNABLE_TO_RETURN, 10))
        .build();

    assertThat(validate(StandardPacks.chongqing(), meeting).findings()).isEmpty();
    ValidationReport national = validate(StandardPacks.national(), meeting);
    assertThat(codes(national)).containsExactly("meeting.exclusions.not-provided", "meeting.quorum.not-met");
    assertThat(national.forCode("meeting.quorum.not-met").get(0).message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("村民会议未达到法定人数：应到1200人，过半数即至少601人；实到590人（2 × 590 = 1180 <= 1 × 1200 = 1200），"
            + "未达到法定人数，差11人（2026年前施行的法律文本）");
    assertThat(national.forCode("meeting.exclusions.not-provided").get(0).message(Locale.ENGLISH))
        .isEqualTo("40 people recorded as not counted were kept in the base of the villagers' meeting: this rule pack"
            + " does not provide for exclusions");
    Meeting byHouseholds = ImmutableMeeting.copyOf(meeting).withBase(QuorumBase.HOUSEHOLDS).withEligible(300)
        .withAttended(200);
    assertThat(codes(validate(StandardPacks.chongqing(), byHouseholds)))
        .containsExactly("meeting.exclusions.not-provided");
  }

  @Test
  void aResolutionDeclaredAdoptedIsCheckedAgainstThoseAttendingWithBlankAndSpoiledBallotsApart() {
    Tally tally = new ImmutableTally.Builder().inFavour(50).against(20).abstentions(10).blank(15).spoiled(5)
        .ballotsInPerson(100).build();
    Meeting meeting = villagersMeeting("M-V", LocalDate.of(2024, 3, 20), 150, 100)
        .addResolutions(new ImmutableResolution.Builder().number(1).matter("道路硬化方案").tally(tally)
            .declaredAdopted(true).build())
        .build();

    List<Finding> findings = validate(StandardPacks.national(), meeting).findings();

    assertThat(codes(findings)).containsExactly("meeting.decision.not-passed");
    assertThat(findings.get(0).location().pointer().toString()).isEqualTo("/resolutions/0/tally/inFavour");
    assertThat(findings.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("第1项表决事项（道路硬化方案）宣布通过，"
        + "但赞成50票、到会100人；须经到会人员过半数即至少51票（2 × 50 = 100 <= 1 × 100 = 100；2026年前施行的法律文本）");
    Meeting oneMore = ImmutableMeeting.copyOf(meeting).withResolutions(ImmutableResolution.copyOf(
        meeting.resolutions().get(0)).withTally(ImmutableTally.copyOf(tally).withInFavour(51).withAgainst(19)));
    assertThat(validate(StandardPacks.national(), oneMore).findings()).isEmpty();
  }

  @Test
  void ballotsThatDoNotReconcileAreReportedWithEveryCount() {
    Tally tally = new ImmutableTally.Builder().inFavour(60).against(20).abstentions(10).blank(3).spoiled(2)
        .ballotsInPerson(90).ballotsByOtherMeans(4).build();
    Meeting meeting = villagersMeeting("M-B", LocalDate.of(2024, 3, 20), 150, 100)
        .addResolutions(new ImmutableResolution.Builder().number(2).matter("方案").tally(tally).declaredAdopted(true)
            .build())
        .build();

    List<Finding> findings = validate(StandardPacks.national(), meeting).findings();

    assertThat(codes(findings)).containsExactly("meeting.ballots.not-reconciled");
    assertThat(findings.get(0).message(Locale.ENGLISH)).isEqualTo("Resolution 2: 94 ballots cast (90 in person, 4 by"
        + " other means) but 95 accounted for (60 for, 20 against, 10 abstaining, 3 blank, 2 spoiled)");
  }

  @Test
  void noticeIsCountedInDaysBetweenNoticeAndMeeting() {
    LocalDate date = LocalDate.of(2024, 3, 20);
    Meeting tenDays = ImmutableMeeting.copyOf(villagersMeeting("M-N", date, 100, 60).build())
        .withNoticeDate(date.minusDays(10));
    Meeting nineDays = ImmutableMeeting.copyOf(tenDays).withNoticeDate(date.minusDays(9));

    assertThat(validate(StandardPacks.national(), tenDays).findings()).isEmpty();
    List<Finding> findings = validate(StandardPacks.national(), nineDays).findings();
    assertThat(codes(findings)).containsExactly("meeting.notice.too-short");
    assertThat(findings.get(0).message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("村民会议于2024年3月20日召开，2024年3月11日通知，提前9天；应至少提前10天通知（2026年前施行的法律文本）");
  }

  @Test
  void chongqingRequiresThreeDaysAgendaNoticeForARepresentativeMeeting() {
    LocalDate date = LocalDate.of(2024, 6, 1);
    Meeting representatives = Meeting.builder().id("R-1").type(MeetingType.VILLAGER_REPRESENTATIVE_MEETING)
        .base(QuorumBase.MEMBERS).unit(DINGXING).date(date).noticeDate(date.minusDays(2))
        .convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(30).attended(20).womenAttended(8).build();

    assertThat(validate(StandardPacks.national(), representatives).findings()).isEmpty();
    List<Finding> findings = validate(StandardPacks.chongqing(), representatives).findings();
    assertThat(codes(findings)).containsExactly("meeting.notice.too-short");
    assertThat(findings.get(0).attribute("source")).contains("PACK");
    assertThat(validate(StandardPacks.chongqing(), ImmutableMeeting.copyOf(representatives)
        .withNoticeDate(date.minusDays(3))).findings()).isEmpty();
    assertThat(codes(validate(StandardPacks.chongqing(), ImmutableMeeting.copyOf(representatives)
        .withNoticeDate(java.util.Optional.empty())))).containsExactly("meeting.notice.date-missing");
  }

  @Test
  void meetingsBeforeThe2010TextAreNotJudged() {
    Meeting old = villagersMeeting("M-2005", LocalDate.of(2005, 5, 5), 100, 10).build();

    assertThat(validate(StandardPacks.national(), old).findings()).isEmpty();
  }

  @Test
  void attendanceAboveTheEligibleNumberIsInconsistent() {
    Meeting meeting = villagersMeeting("M-I", LocalDate.of(2024, 3, 20), 100, 101).build();

    List<Finding> findings = validate(StandardPacks.national(), meeting).findings();

    assertThat(codes(findings)).containsExactly("meeting.attendance.inconsistent");
    assertThat(findings.get(0).message(Locale.ENGLISH)).isEqualTo("The meeting record is inconsistent, attendance"
        + " exceeds the eligible number: 101 is more than 100");
  }
}

package io.github.jiceng.governance.rules.meeting;

import static io.github.jiceng.governance.rules.meeting.Judge.codes;
import static io.github.jiceng.governance.rules.meeting.Judge.validate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.meeting.Convener;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.ImmutableResolution;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.meeting.Tally;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Property tests at every numeric boundary of the meeting rules, through the validator, on both sides of 2026-01-01.
 * The expected thresholds are written out here from the reference's table, independently of the code.
 */
class ThresholdBoundaryTest {
  private static final DivisionCode VILLAGE = DivisionCode.parse("500154101201");
  private static final DivisionCode COMMUNITY = DivisionCode.parse("500154001001");
  private static final LocalDate BEFORE = LocalDate.of(2025, 12, 31);
  private static final LocalDate AFTER = LocalDate.of(2026, 1, 2);
  private static final RulePack NATIONAL = StandardPacks.national();

  /** Type, base, numerator, denominator, strict ("more than") of the reference's quorum table. */
  private static final Object[][] QUORUMS = {
      {MeetingType.VILLAGERS_MEETING, QuorumBase.ADULTS, 1, 2, true},
      {MeetingType.VILLAGERS_MEETING, QuorumBase.HOUSEHOLDS, 2, 3, false},
      {MeetingType.VILLAGER_REPRESENTATIVE_MEETING, QuorumBase.MEMBERS, 2, 3, false},
      {MeetingType.VILLAGER_GROUP_MEETING, QuorumBase.ADULTS, 2, 3, false},
      {MeetingType.VILLAGER_GROUP_MEETING, QuorumBase.HOUSEHOLDS, 2, 3, false},
      {MeetingType.RESIDENTS_MEETING, QuorumBase.ADULTS, 1, 2, true},
      {MeetingType.RESIDENTS_MEETING, QuorumBase.HOUSEHOLDS, 1, 2, true},
      {MeetingType.RESIDENTS_MEETING, QuorumBase.GROUP_REPRESENTATIVES, 1, 2, true},
      {MeetingType.RESIDENT_REPRESENTATIVE_MEETING, QuorumBase.MEMBERS, 2, 3, false}};

  private static long required(long base, int n, int d, boolean strict) {
    return strict ? n * base / d + 1 : (n * base + d - 1) / d;
  }

  private static ImmutableMeeting meeting(MeetingType type, QuorumBase base, LocalDate date, int eligible,
      int attended) {
    return Meeting.builder().id("M").type(type).base(base).unit(type.isVillage() ? VILLAGE : COMMUNITY).date(date)
        .noticeDate(date.minusDays(10)).convenedBy(type.isVillage() ? Convener.VILLAGERS_COMMITTEE
            : Convener.RESIDENTS_COMMITTEE).eligible(eligible).attended(attended).build();
  }

  @Test
  void quorumIsMetAtTheRequiredAttendanceAndNotOneBelowForEveryTypeBaseAndLawVersion() {
    qt().withExamples(600)
        .forAll(integers().between(0, QUORUMS.length - 1), integers().between(1, 5000), booleans().all())
        .checkAssert((row, eligible, after) -> {
          MeetingType type = (MeetingType) QUORUMS[row][0];
          QuorumBase base = (QuorumBase) QUORUMS[row][1];
          long required = required(eligible, (int) QUORUMS[row][2], (int) QUORUMS[row][3], (boolean) QUORUMS[row][4]);
          LocalDate date = after ? AFTER : BEFORE;
          boolean judged = after || type != MeetingType.RESIDENT_REPRESENTATIVE_MEETING;
          String code = "meeting.quorum.not-met" + (after ? "-provisional" : "");

          assertThat(validate(NATIONAL, meeting(type, base, date, eligible, (int) required)).findings())
              .as("%s by %s: %s of %s on %s", type, base, required, eligible, date).isEmpty();
          assertThat(codes(validate(NATIONAL, meeting(type, base, date, eligible, (int) required - 1))))
              .as("%s by %s: %s of %s on %s", type, base, required - 1, eligible, date)
              .isEqualTo(judged ? List.of(code) : List.of());
        });
  }

  @Test
  void aResolutionPassesWithMoreThanHalfOfThosePresentAndNotWithHalf() {
    MeetingType[] types = MeetingType.values();
    qt().withExamples(400)
        .forAll(integers().between(0, types.length - 1), integers().between(1, 3000), booleans().all())
        .checkAssert((t, present, after) -> {
          MeetingType type = types[t];
          LocalDate date = after ? AFTER : BEFORE;
          long required = present / 2 + 1;
          boolean judged = after || type != MeetingType.RESIDENT_REPRESENTATIVE_MEETING;
          QuorumBase base = type.bases().iterator().next();
          for (long inFavour : new long[] {required, required - 1}) {
            Meeting meeting = meeting(type, base, date, present, present).withResolutions(
                new ImmutableResolution.Builder().number(1).matter("事项")
                    .tally(Tally.of((int) inFavour, present - (int) inFavour, 0)).declaredAdopted(true).build());
            List<String> expected = inFavour == required || !judged ? List.of()
                : List.of("meeting.decision.not-passed" + (after ? "-provisional" : ""));
            assertThat(codes(validate(NATIONAL, meeting))).as("%s: %s for of %s on %s", type, inFavour, present, date)
                .isEqualTo(expected);
          }
        });
  }

  @Test
  void aVillagersMeetingNeedsTenDaysNoticeAndAChongqingRepresentativeMeetingThree() {
    qt().withExamples(200).forAll(integers().between(-3, 30), booleans().all()).checkAssert((days, after) -> {
      LocalDate date = after ? AFTER : BEFORE;
      Meeting villagers = meeting(MeetingType.VILLAGERS_MEETING, QuorumBase.ADULTS, date, 100, 60)
          .withNoticeDate(date.minusDays(days));
      assertThat(codes(validate(NATIONAL, villagers))).as("%s days before %s", days, date)
          .isEqualTo(days >= 10 ? List.of() : List.of("meeting.notice.too-short" + (after ? "-provisional" : "")));
      Meeting representatives = meeting(MeetingType.VILLAGER_REPRESENTATIVE_MEETING, QuorumBase.MEMBERS, date, 30, 20)
          .withNoticeDate(date.minusDays(days));
      assertThat(codes(validate(StandardPacks.chongqing(), representatives))).as("%s days before %s", days, date)
          .isEqualTo(days >= 3 ? List.of() : List.of("meeting.notice.too-short"));
    });
  }

  @Test
  void aTermMayEndOnItsFifthAnniversaryButNotTheDayAfter() {
    qt().withFixedSeed(1229L).withExamples(300).forAll(integers().between(0, 365 * 12), integers().between(-40, 40))
        .checkAssert((offset, extra) -> {
          LocalDate start = LocalDate.of(2019, 1, 1).plusDays(offset);
          LocalDate end = start.plusYears(5).plusDays(extra);
          CommunityCommittee committee = CommunityCommittee.builder().id("C").kind(CommitteeKind.VILLAGERS_COMMITTEE)
              .name("顶星村村民委员会").villageCode(VILLAGE).termStart(start).termEnd(end)
              .addMembers(CommitteeMember.of("李红", CommitteeRole.CHAIR, Sex.FEMALE))
              .addMembers(CommitteeMember.of("张强", CommitteeRole.VICE_CHAIR, Sex.MALE))
              .addMembers(CommitteeMember.of("刘明", CommitteeRole.MEMBER, Sex.MALE)).build();
          boolean after = !start.isBefore(LocalDate.of(2026, 1, 1));
          assertThat(codes(validate(NATIONAL, committee))).as("%s to %s", start, end).isEqualTo(extra <= 0
              ? List.of() : List.of("meeting.committee.term-too-long" + (after ? "-provisional" : "")));
        });
  }

  @Test
  void representativesAreFourFifthsOrMoreAndWomenOneThirdOrMore() {
    qt().withExamples(500).forAll(integers().between(1, 120), integers().between(0, 1000), integers().between(0, 1000),
        booleans().all()).checkAssert((members, r, w, after) -> {
          int representatives = r % (members + 1);
          int women = w % (members + 1);
          RepresentativeAssembly assembly = RepresentativeAssembly.builder().id("A")
              .type(MeetingType.VILLAGER_REPRESENTATIVE_MEETING).unit(VILLAGE).termStart(after ? AFTER : BEFORE)
              .members(members).representatives(representatives).women(women).build();
          List<String> expected = new ArrayList<>();
          String code = "meeting.assembly.share-too-low" + (after ? "-provisional" : "");
          if (5L * representatives < 4L * members) {
            expected.add(code);
          }
          if (3L * women < members) {
            expected.add(code);
          }
          assertThat(codes(validate(NATIONAL, assembly))).as("%s", assembly).isEqualTo(expected);
        });
  }
}

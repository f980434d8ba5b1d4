package io.github.jiceng.governance.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class QuorumTest {
  private static final DivisionCode DINGXING = DivisionCode.parse("500154101201");

  @Test
  void villagersMeetingCountsMoreThanHalfOfTheBaseAfterExclusions() {
    Quorum quorum = Quorum.villagersMeeting(100, 5, 48);

    assertThat(quorum.base()).isEqualTo(95);
    assertThat(quorum.required()).isEqualTo(48);
    assertThat(quorum.isMet()).isTrue();
    assertThat(Quorum.villagersMeeting(100, 5, 47).isMet()).isFalse();
    assertThat(Quorum.villagersMeeting(100, 0, 50).isMet()).isFalse();
    assertThat(Quorum.villagersMeeting(100, 0, 51).isMet()).isTrue();
    assertThat(quorum.explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
        "应到100人，不计入5人，计算基数95人；过半数即至少48人；实到48人（2 × 48 = 96 > 1 × 95 = 95），达到法定人数");
    assertThat(Quorum.villagersMeeting(100, 0, 50).explain(Locale.ENGLISH)).isEqualTo(
        "eligible 100; more than half means at least 51; attended 50 (2 × 50 = 100 <= 1 × 100 = 100):"
            + " quorum not met, 1 short");
  }

  @Test
  void namedFactoriesUseThePre2026Thresholds() {
    assertThat(Quorum.villagersMeetingByHouseholds(300, 200).isMet()).isTrue();
    assertThat(Quorum.villagersMeetingByHouseholds(300, 199).isMet()).isFalse();
    assertThat(Quorum.villagerRepresentativeMeeting(30, 20).isMet()).isTrue();
    assertThat(Quorum.villagerRepresentativeMeeting(30, 19).isMet()).isFalse();
    assertThat(Quorum.villagerGroupMeeting(100, 67).isMet()).isTrue();
    assertThat(Quorum.villagerGroupMeeting(100, 66).isMet()).isFalse();
    assertThat(Quorum.residentsMeeting(101, 51).isMet()).isTrue();
    assertThat(Quorum.residentsMeeting(101, 50).isMet()).isFalse();
  }

  @Test
  void theShortfallIsExactlyWhatIsMissing() {
    qt().forAll(integers().between(0, 50_000), integers().between(0, 5_000), integers().between(0, 50_000))
        .assuming((eligible, excluded, attended) -> excluded <= eligible)
        .checkAssert((eligible, excluded, attended) -> {
          Quorum q = Quorum.villagersMeeting(eligible, excluded, attended);
          assertThat(q.isMet()).isEqualTo(2L * attended > eligible - excluded);
          assertThat(q.isMet()).isEqualTo(q.shortfall() == 0);
          assertThat(Quorum.villagersMeeting(eligible, excluded, (int) (attended + q.shortfall())).isMet()).isTrue();
        });
  }

  @Test
  void rejectsImpossibleNumbers() {
    assertThatThrownBy(() -> Quorum.villagersMeeting(10, 11, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not counted 11");
    assertThatThrownBy(() -> Quorum.residentsMeeting(-1, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meetingTypesKnowTheirBasesAndStatutoryThresholds() {
    assertThat(MeetingType.VILLAGERS_MEETING.statutoryQuorum(QuorumBase.ADULTS)).contains(Threshold.MAJORITY);
    assertThat(MeetingType.VILLAGERS_MEETING.statutoryQuorum(QuorumBase.HOUSEHOLDS)).contains(Threshold.TWO_THIRDS);
    assertThat(MeetingType.VILLAGERS_MEETING.statutoryQuorum(QuorumBase.MEMBERS)).isEmpty();
    assertThat(MeetingType.RESIDENTS_MEETING.statutoryQuorum(QuorumBase.GROUP_REPRESENTATIVES))
        .contains(Threshold.MAJORITY);
    assertThat(MeetingType.RESIDENT_REPRESENTATIVE_MEETING.statutoryQuorum(QuorumBase.MEMBERS)).isEmpty();
    assertThat(MeetingType.RESIDENT_REPRESENTATIVE_MEETING.statutoryDecision()).isEmpty();
    assertThat(MeetingType.VILLAGER_GROUP_MEETING.statutoryDecision()).contains(Threshold.MAJORITY);
  }

  @Test
  void aMeetingComputesItsQuorumWithOrWithoutExclusions() {
    Meeting meeting = Meeting.builder().id("M1").type(MeetingType.VILLAGERS_MEETING).base(QuorumBase.ADULTS)
        .unit(DINGXING).date(LocalDate.of(2024, 3, 20)).convenedBy(Convener.VILLAGERS_COMMITTEE)
        .eligible(1200).addExclusions(Exclusion.of(ExclusionReason.UNREACHABLE, 30),
            Exclusion.of(ExclusionReason.UNABLE_TO_RETURN, 10))
        .attended(590).build();

    assertThat(meeting.excluded()).isEqualTo(40);
    assertThat(meeting.quorum(Threshold.MAJORITY, true).isMet()).isTrue();
    assertThat(meeting.quorum(Threshold.MAJORITY, false).isMet()).isFalse();
    assertThat(meeting.toString()).contains("M1").contains("590 of 1200").contains("40 not counted");
  }

  @Test
  void aMeetingRejectsABaseItsTypeCannotCount() {
    assertThatThrownBy(() -> Meeting.builder().id("M2").type(MeetingType.VILLAGER_REPRESENTATIVE_MEETING)
        .base(QuorumBase.HOUSEHOLDS).unit(DINGXING).date(LocalDate.of(2024, 3, 20))
        .convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(30).attended(25).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HOUSEHOLDS")
        .hasMessageContaining("[MEMBERS]");
    assertThatThrownBy(() -> Meeting.builder().id("M3").type(MeetingType.VILLAGERS_MEETING)
        .base(QuorumBase.ADULTS).unit(DivisionCode.parse("500154101000")).date(LocalDate.of(2024, 3, 20))
        .convenedBy(Convener.VILLAGERS_COMMITTEE).eligible(30).attended(25).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a village-level code");
    assertThatThrownBy(() -> Exclusion.of(ExclusionReason.UNREACHABLE, 0)).hasMessageContaining("1 or more");
  }

  @Test
  void aTallyCountsBallotsApartFromVotes() {
    Tally tally = ImmutableTally.copyOf(Tally.of(40, 5, 3)).withBlank(1).withSpoiled(1).withBallotsInPerson(45)
        .withBallotsByOtherMeans(5);

    assertThat(tally.votes()).isEqualTo(48);
    assertThat(tally.ballotsAccountedFor()).isEqualTo(50);
    assertThat(tally.ballotsCast()).isEqualTo(50);
    assertThat(Tally.of(40, 5, 3).isByBallot()).isFalse();
    assertThat(Tally.of(40, 5, 3).ballotsCast()).isEqualTo(48);
    assertThatThrownBy(() -> Tally.of(-1, 0, 0)).hasMessageContaining("votes for");
  }
}

package io.github.jiceng.governance.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.Quorum;
import io.github.jiceng.governance.core.meeting.Threshold;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfGovernanceGeneratorsTest {
  private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2028, 1, 1);

  @Test
  void theSameSeedGivesTheSameRecords() {
    assertThat(MeetingGenerators.valid(FROM, UNTIL).sample(42L, 20))
        .isEqualTo(MeetingGenerators.valid(FROM, UNTIL).sample(42L, 20));
    assertThat(CovenantGenerators.defective(FROM, UNTIL).sample(7L, 20))
        .isEqualTo(CovenantGenerators.defective(FROM, UNTIL).sample(7L, 20));
    assertThat(MeetingGenerators.valid(FROM, UNTIL).sample(1L, 5))
        .isNotEqualTo(MeetingGenerators.valid(FROM, UNTIL).sample(2L, 5));
  }

  private static Quorum quorum(Meeting m) {
    return m.quorum(m.type().statutoryQuorum(m.base()).orElse(Threshold.TWO_THIRDS), false);
  }

  @Test
  void meetingsAreDatedInTheRangeAndQuorateByTheEarlierThresholdsSometimesExactly() {
    List<Meeting> meetings = MeetingGenerators.valid(FROM, UNTIL).sample(3L, 500);

    assertThat(meetings).allSatisfy(m -> {
      assertThat(m.date()).isBetween(FROM, UNTIL.minusDays(1));
      assertThat(quorum(m).isMet()).isTrue();
      assertThat(m.womenAttended()).hasValueSatisfying(w -> assertThat(w).isBetween(1, m.attended()));
    });
    assertThat(meetings.stream().map(Meeting::type).distinct().count()).isEqualTo(5);
    assertThat(meetings).anySatisfy(m -> assertThat((long) m.attended()).isEqualTo(quorum(m).required()));
  }

  @Test
  void everyValidCovenantCoversTheFiveAreasAndNamesItsMeeting() {
    assertThat(CovenantGenerators.valid(FROM, UNTIL).sample(9L, 100)).allSatisfy(c -> {
      EnumSet<ContentArea> areas = EnumSet.noneOf(ContentArea.class);
      c.covenant().clauses().forEach(clause -> clause.area().ifPresent(areas::add));
      assertThat(areas).containsExactlyInAnyOrder(ContentArea.values());
      assertThat(c.covenant().adoption().orElseThrow().vote().orElseThrow().meetingId()).isEqualTo(c.meeting().id());
      assertThat(c.meeting().resolutionFor(c.covenant().id())).isPresent();
      assertThat(c.covenant().date()).contains(c.meeting().date());
    });
  }

  @Test
  void everyDefectKindCanBeGeneratedAndIsDescribed() {
    for (CovenantDefect defect : CovenantDefect.values()) {
      assertThat(CovenantGenerators.defective(FROM, UNTIL, defect).sample(5L, 3))
          .allSatisfy(d -> assertThat(d.defect()).isEqualTo(defect))
          .allSatisfy(d -> assertThat(d.description()).contains(d.adoption().covenant().id()));
    }
    for (MeetingDefect defect : MeetingDefect.values()) {
      assertThat(MeetingGenerators.defective(FROM, UNTIL, defect).sample(5L, 3))
          .allSatisfy(d -> assertThat(d.description()).contains(d.meeting().id()));
    }
    assertThatThrownBy(() -> MeetingGenerators.valid(UNTIL, FROM)).hasMessageContaining("is empty");
  }
}

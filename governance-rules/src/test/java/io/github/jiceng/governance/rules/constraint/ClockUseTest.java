package io.github.jiceng.governance.rules.constraint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.testing.AllConstraints;
import io.github.jiceng.governance.rules.testing.ClockFixtures;
import org.junit.jupiter.api.Test;

/** Which classes {@link ClockUse} lets a bridge validate without its clock. */
class ClockUseTest {
  private static final ClockUse CLOCK_USE = ConstraintBridge.clockUse();

  @Test
  void temporalConstraintsAndWhatCascadesToThemReadTheClock() {
    assertThat(CLOCK_USE.mayReadClock(AllConstraints.class)).isTrue();
    assertThat(CLOCK_USE.mayReadClock(ClockFixtures.Dated.class)).isTrue();
    assertThat(CLOCK_USE.mayReadClock(ClockFixtures.Holder.class)).isTrue();
    assertThat(CLOCK_USE.mayReadClock(ClockFixtures.ListHolder.class)).isTrue();
    assertThat(CLOCK_USE.mayReadClock(ClockFixtures.OpenHolder.class)).isTrue();
  }

  @Test
  void timelessConstraintsDoNot() {
    assertThat(CLOCK_USE.mayReadClock(ClockFixtures.Timeless.class)).isFalse();
    assertThat(CLOCK_USE.mayReadClock(ImmutableServiceRecord.class)).isFalse();
    assertThat(CLOCK_USE.mayReadClock(Village.class)).isFalse();
  }

  @Test
  void noRecordTypeOfTheModelReadsTheClock() {
    for (String name : RecordTypes.standard().names()) {
      Class<?> type = RecordTypes.standard().classOf(name).orElseThrow();
      assertThat(CLOCK_USE.mayReadClock(type)).as(name).isFalse();
    }
  }
}

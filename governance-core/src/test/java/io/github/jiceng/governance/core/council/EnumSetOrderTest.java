package io.github.jiceng.governance.core.council;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sets of enum constants that reach messages and reports iterate in declaration order, so that the same input gives
 * the same output in every JVM ({@code Set.of} and {@code Set.copyOf} iterate in an order that changes from run to
 * run: a route-mismatch finding listed its expected bodies in either order).
 */
class EnumSetOrderTest {
  @Test
  void handlingBodiesAndQuorumBasesIterateInDeclarationOrder() {
    for (MatterClass matterClass : MatterClass.values()) {
      List<HandlingBody> bodies = new ArrayList<>(matterClass.handlingBodies());
      assertThat(bodies).as(matterClass.name()).hasSizeGreaterThan(1)
          .isSortedAccordingTo(Comparator.comparingInt(Enum::ordinal));
    }
    for (MeetingType type : MeetingType.values()) {
      List<QuorumBase> bases = new ArrayList<>(type.bases());
      assertThat(bases).as(type.name()).isSortedAccordingTo(Comparator.comparingInt(Enum::ordinal));
    }
  }
}

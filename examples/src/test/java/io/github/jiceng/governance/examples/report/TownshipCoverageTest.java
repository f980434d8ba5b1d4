package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TownshipCoverageTest {
  private static final DivisionCode MANYUE = DivisionCode.parse("500154101000");

  @Test
  void readsWell() {
    assertThat(TownshipCoverage.of(MANYUE, Optional.of("满月镇"), 9, 8, 8, 1))
        .hasToString("TownshipCoverage[500154101000 满月镇: 8/9 villages with a room, 8 rooms, 1 station]")
        .returns(true, TownshipCoverage::hasStation);
    assertThat(TownshipCoverage.of(MANYUE, Optional.empty(), 2, 0, 0, 0).hasStation()).isFalse();
  }

  @Test
  void rejectsCountsThatCannotBe() {
    assertThatThrownBy(() -> TownshipCoverage.of(MANYUE, Optional.empty(), 3, 4, 4, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("township coverage of 500154101000: 4 villages with a room of 3, expected 0 <= with room <="
            + " villages");
    assertThatThrownBy(() -> TownshipCoverage.of(MANYUE, Optional.empty(), 3, 2, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("township coverage of 500154101000: 1 rooms and 1 stations, expected rooms >= 2 (the villages"
            + " with a room) and stations >= 0");
    assertThatThrownBy(() -> TownshipCoverage.of(DivisionCode.parse("500154101201"), Optional.empty(), 1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("township coverage: code 500154101201 is VILLAGE-level");
  }

  @Test
  void factsRejectATownshipAddedTwiceAndNegativeCounts() {
    DistrictFacts.Builder builder = DistrictFacts.builder(LocalDate.of(2026, 6, 30))
        .addTownship(TownshipCoverage.of(MANYUE, Optional.empty(), 1, 0, 0, 0));

    assertThatThrownBy(() -> builder.addTownship(TownshipCoverage.of(MANYUE, Optional.of("满月镇"), 1, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("township 500154101000 was added twice");
    assertThatThrownBy(() -> builder.projects(FunnelStage.NEED, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be >= 0, but was -1");
    assertThat(builder.projects(FunnelStage.NEED, 2).projects(FunnelStage.NEED, 3).build()
        .projectsByFurthestStage().get(FunnelStage.NEED)).isEqualTo(5);
  }
}

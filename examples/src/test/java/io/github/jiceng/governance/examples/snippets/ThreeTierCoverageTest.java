package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Kaizhou's coverage as docs/domain/three-tier.md states it: 40 of 40 townships, 491 of 549 villages. */
class ThreeTierCoverageTest {
  @Test
  void printsTheDistrictsCoverageAndTownshipsBelowFullRoomCoverage() throws Exception {
    List<String> lines = SnippetOutput.lines(SnippetOutput.of(ThreeTierCoverage::main));

    assertThat(lines).contains("service.station-coverage 500154000000: 40 / 40 = 100.00 %",
        "service.room-coverage 500154000000: 491 / 549 = 89.44 %");
    List<String> townships = lines.stream().filter(line -> line.startsWith("service.room-coverage 500154")
        && !line.startsWith("service.room-coverage 500154000000")).collect(Collectors.toList());
    assertThat(townships).hasSize(3).allSatisfy(line -> {
      String percent = line.substring(line.lastIndexOf("= ") + 2, line.length() - 2);
      assertThat(new BigDecimal(percent)).isLessThan(new BigDecimal("100"));
    });
    assertThat(lines).anySatisfy(line -> assertThat(line).matches("townships with every village covered: \\d+ of 40"));
  }
}

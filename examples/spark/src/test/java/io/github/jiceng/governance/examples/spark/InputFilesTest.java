package io.github.jiceng.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Dataset lines back to files and lines in them, also across empty files. */
class InputFilesTest {
  @Test
  void eachDatasetLineBelongsToTheFileThatHoldsIt() {
    // a.ndjson has 3 lines, b.ndjson none, c.ndjson 2, d.ndjson 1: dataset lines 1-3, 4-5, 6
    InputFiles files = new InputFiles(List.of("a", "b", "c", "d"), new long[] {3, 0, 2, 1});
    String[] expected = {"a", "a", "a", "c", "c", "d"};
    long[] lineInFile = {1, 2, 3, 1, 2, 1};
    for (int line = 1; line <= 6; line++) {
      int file = files.fileOf(line);
      assertThat(files.name(file)).as("line %d", line).isEqualTo(expected[line - 1]);
      assertThat(line - files.firstLine(file) + 1).as("line %d", line).isEqualTo(lineInFile[line - 1]);
    }
  }
}

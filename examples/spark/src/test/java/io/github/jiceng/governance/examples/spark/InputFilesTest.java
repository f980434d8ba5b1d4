package io.github.jiceng.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Files are named as the streaming validator names its inputs. */
class InputFilesTest {
  @Test
  void aFileIsNamedByItsFileNameUnlessAnotherFileHasTheSame() {
    InputFiles files = InputFiles.of(List.of("hdfs:///exports/a/territory.ndjson", "/data/a/service.ndjson",
        "/data/b/service.ndjson"));
    assertThat(files.names()).containsExactly("territory.ndjson", "/data/a/service.ndjson", "/data/b/service.ndjson");
  }

  @Test
  void aFileGivenTwiceIsAnError() {
    assertThatThrownBy(() -> InputFiles.of(List.of("/data/a.ndjson", "/data/a.ndjson")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the file /data/a.ndjson is given twice; give each file once");
  }
}

package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Inputs are named by their file name, or by their whole path where a file name repeats. */
class SourceNamesTest {
  @Test
  void aFileIsNamedByItsFileNameUnlessAnotherFileHasTheSame() {
    assertThat(SourceNames.of(List.of("hdfs:///exports/a/territory.ndjson", "/data/a/service.ndjson",
        "/data/b/service.ndjson", "villages.ndjson")))
        .containsExactly("territory.ndjson", "/data/a/service.ndjson", "/data/b/service.ndjson", "villages.ndjson");
  }

  @Test
  void aFileGivenTwiceIsAnError() {
    assertThatThrownBy(() -> SourceNames.of(List.of("/data/a.ndjson", "b.ndjson", "/data/a.ndjson")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the file /data/a.ndjson is given twice; give each file once");
  }

  @Test
  void namesAreDistinctAndEachIsTheFileNameOrThePath() {
    qt().withFixedSeed(20261126L).withExamples(300).forAll(longs().all(), integers().between(1, 12))
        .checkAssert((seed, count) -> {
          Random random = new Random(seed);
          List<String> paths = new ArrayList<>();
          while (paths.size() < count) {
            String path = (random.nextBoolean() ? "/data/" + random.nextInt(3) + "/" : "")
                + "f" + random.nextInt(4) + ".ndjson";
            if (!paths.contains(path)) {
              paths.add(path);
            }
          }
          List<String> names = SourceNames.of(paths);
          assertThat(new HashSet<>(names)).hasSize(count);
          for (int i = 0; i < count; i++) {
            String path = paths.get(i);
            String fileName = path.substring(path.lastIndexOf('/') + 1);
            long sameFileName = paths.stream().filter(p -> p.substring(p.lastIndexOf('/') + 1).equals(fileName))
                .count();
            assertThat(names.get(i)).isEqualTo(sameFileName == 1 ? fileName : path);
          }
        });
  }
}

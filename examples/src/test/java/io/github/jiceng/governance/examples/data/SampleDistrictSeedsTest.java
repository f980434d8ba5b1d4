package io.github.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.testkit.SampleDistrict;
import io.github.jiceng.governance.testkit.SamplePart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any seed gives a dataset whose streaming findings are exactly its manifest's problems. */
class SampleDistrictSeedsTest {
  @TempDir
  Path temp;

  static TreeSet<String> findingKeys(List<Finding> findings) {
    return findings.stream().map(SampleFindings::key).collect(Collectors.toCollection(TreeSet::new));
  }

  static void assertFindingsAreTheManifest(SampleDistrict district, Path dir) {
    SampleDataWriter.Summary summary = SampleDataWriter.write(district, dir, false);
    List<Path> files = new ArrayList<>();
    for (SamplePart part : SamplePart.values()) {
      files.add(SampleDataWriter.partFile(dir, part, false));
    }
    List<Finding> findings = SampleFindings.validate(files);
    TreeSet<String> found = findingKeys(findings);
    TreeSet<String> expected = SampleFindings.keys(summary.problems());
    TreeSet<String> unexpected = new TreeSet<>(found);
    unexpected.removeAll(expected);
    TreeSet<String> missing = new TreeSet<>(expected);
    missing.removeAll(found);
    assertThat(unexpected).as("findings not in the manifest of " + district + ": "
        + findings.stream().filter(f -> unexpected.contains(SampleFindings.key(f))).limit(20)
            .map(f -> f.code() + " " + f.subject() + " " + f.attributes()).collect(Collectors.toList())).isEmpty();
    assertThat(missing).as("manifest problems not found in " + district).isEmpty();
    assertThat(findings).as("one finding per problem and rule").hasSize(expected.size());
  }

  @Test
  void theKaizhouDatasetOfSeed2026() {
    assertFindingsAreTheManifest(SampleDistrict.of(2026L, 1), temp.resolve("d2026"));
  }
}

package io.github.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.testkit.SampleDistrict;
import io.github.jiceng.governance.testkit.SamplePart;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.testkit.TerritoryShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any seed gives a dataset whose streaming findings are exactly its manifest's problems (a test of the test kit's {@link
 * SampleDistrict}; it lives here because the test kit's tests cannot use the rules and the JSON reader, which
 * depend on the test kit for their own tests).
 */
class SampleDistrictSeedsTest {
  @TempDir
  Path temp;

  static TreeSet<String> findingKeys(List<Finding> findings) {
    return findings.stream().map(SampleFindings::key).collect(Collectors.toCollection(TreeSet::new));
  }

  static void assertFindingsAreTheManifest(SampleDistrict district, Path dir, LocalDate today) {
    SampleDataWriter.Summary summary = SampleDataWriter.write(district, dir, false);
    List<Path> files = new ArrayList<>();
    for (SamplePart part : SamplePart.values()) {
      files.add(SampleDataWriter.partFile(dir, part, false));
    }
    List<Finding> findings = SampleFindings.validate(files, today);
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

  /** A small district: 2 streets, 3 towns, 1 township, 4 to 10 villages each. */
  static final TerritoryShape SMALL = TerritoryShape.of(DivisionCode.parse("500154")).withTownships(2, 3, 1)
      .withVillagesPerTownship(4, 10);

  @ParameterizedTest
  @ValueSource(longs = {1L, 42L, -7L})
  void anySeedGivesExactlyTheFindingsOfItsManifest(long seed) {
    assertFindingsAreTheManifest(SampleDistrict.of(seed, 1).withShape(SMALL), temp.resolve("seed" + seed),
        SampleFindings.TODAY);
  }

  @Test
  void theFindingsDoNotDependOnTheDayOfValidation() {
    assertFindingsAreTheManifest(SampleDistrict.of(2031L, 1).withShape(SMALL), temp.resolve("later"),
        LocalDate.of(2031, 1, 1));
  }
}

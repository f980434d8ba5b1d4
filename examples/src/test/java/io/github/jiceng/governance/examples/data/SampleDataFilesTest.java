package io.github.jiceng.governance.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.testkit.ProblemArea;
import io.github.jiceng.governance.testkit.SampleDistrict;
import io.github.jiceng.governance.testkit.SamplePart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample district (seed 2026, scale 1) under {@code examples/data}. */
class SampleDataFilesTest {
  static final Path COMMITTED = Path.of("data", "sample-district");
  static final Path MANIFEST = Path.of("data", "sample-district.manifest.json");

  static List<Path> committedFiles() {
    List<Path> files = new ArrayList<>();
    for (SamplePart part : SamplePart.values()) {
      files.add(SampleDataWriter.partFile(COMMITTED, part, false));
    }
    return files;
  }

  @Test
  void regeneratingSeed2026Scale1GivesTheCommittedFilesByteForByte(@TempDir Path temp) throws IOException {
    Path dir = temp.resolve("sample-district");
    SampleDataWriter.write(SampleDistrict.of(2026L, 1), dir, false);
    for (SamplePart part : SamplePart.values()) {
      Path fresh = SampleDataWriter.partFile(dir, part, false);
      Path committed = SampleDataWriter.partFile(COMMITTED, part, false);
      assertThat(Files.mismatch(fresh, committed)).as("%s differs from %s at this byte (-1: identical); "
          + "regenerate with ./mvnw -q -Psample-data -pl examples -am compile", committed, fresh).isEqualTo(-1L);
    }
    assertThat(Files.mismatch(SampleDataWriter.manifestPath(dir), MANIFEST)).as("the manifest").isEqualTo(-1L);
    try (var listing = Files.list(COMMITTED)) {
      assertThat(listing.count()).as("no other files in " + COMMITTED).isEqualTo(SamplePart.values().length);
    }
  }

  @Test
  void theCommittedFilesAsOneDatasetGiveExactlyTheManifestsFindings() throws IOException {
    List<Finding> findings = SampleFindings.validate(committedFiles());
    TreeSet<String> expected = SampleFindings.keys(MANIFEST);
    TreeSet<String> found = SampleDistrictSeedsTest.findingKeys(findings);

    assertThat(found).as("every finding is in the manifest, every manifest problem is found")
        .containsExactlyElementsOf(expected);
    assertThat(findings).as("one finding per problem and rule id").hasSize(expected.size());
  }

  @Test
  void theManifestHasProblemsOfEveryAreaInThreeToSevenPercentOfTheRecords() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(MANIFEST.toFile());
    long lines = 0;
    for (Path file : committedFiles()) {
      try (var content = Files.lines(file)) {
        lines += content.filter(line -> !line.isBlank()).count();
      }
    }
    assertThat(manifest.path("records").asLong()).as("records stated in the manifest").isEqualTo(lines);

    JsonNode problems = manifest.path("problems");
    TreeSet<String> areas = new TreeSet<>();
    TreeSet<String> subjects = new TreeSet<>();
    for (JsonNode problem : problems) {
      areas.add(problem.path("area").asText());
      subjects.add(problem.path("recordType").asText() + "|" + problem.path("recordId").asText());
      assertThat(problem.path("zh").asText()).as("Chinese description of " + problem).isNotBlank();
      assertThat(problem.path("en").asText()).as("English description of " + problem).isNotBlank();
    }
    TreeSet<String> allAreas = new TreeSet<>();
    for (ProblemArea area : ProblemArea.values()) {
      allAreas.add(area.name().toLowerCase(Locale.ROOT));
    }
    assertThat(areas).as("areas with problems").isEqualTo(allAreas);
    assertThat(subjects).as("one problem per record").hasSize(problems.size());
    double share = (double) problems.size() / lines;
    assertThat(share).as("share of records with a problem: %d of %d", problems.size(), lines).isBetween(0.03, 0.07);
  }
}

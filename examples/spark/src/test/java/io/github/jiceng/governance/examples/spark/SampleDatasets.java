package io.github.jiceng.governance.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import io.github.jiceng.governance.testkit.ServiceGenerators;
import io.github.jiceng.governance.testkit.TerritoryShape;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The inputs of the Spark tests: the committed sample district (examples/data/sample-district/*.ndjson, one dataset
 * across files), and a generated multi-area dataset with planted problems at the edges of the format (a byte order
 * mark, a malformed line, a blank line, an unknown record type) and across files (a duplicate id, a dangling
 * reference, a volunteer over the daily hours), written as NDJSON files.
 */
final class SampleDatasets {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  /** The sample district, relative to the module's directory (where Maven runs the tests). */
  static final Path SAMPLE_DISTRICT = Path.of("..", "data", "sample-district");
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154000000");
  private static final DivisionCode WANZHOU = DivisionCode.parse("500101000000");

  private SampleDatasets() {
  }

  /**
   * Returns the files of the sample district in name order.
   *
   * @return the files of one dataset
   * @throws IllegalStateException if the sample district is not there
   */
  static List<Path> sampleDistrict() {
    try (Stream<Path> listed = Files.list(SAMPLE_DISTRICT)) {
      List<Path> files = listed.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted()
          .collect(Collectors.toList());
      if (files.isEmpty()) {
        throw new IllegalStateException("no *.ndjson file in " + SAMPLE_DISTRICT.toAbsolutePath());
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the sample district " + SAMPLE_DISTRICT.toAbsolutePath(), e);
    }
  }

  /** A generated dataset of two districts' linkage records, service systems and covenants, with planted problems. */
  static List<Path> generate(Path directory) {
    LinkageDataset kaizhou = LinkageGenerators.datasets(KAIZHOU, 4).sample(11, 1).get(0);
    LinkageDataset wanzhou = LinkageGenerators.datasets(WANZHOU, 3).sample(12, 1).get(0);
    List<String> area1 = lines(kaizhou.records());
    List<String> area2 = lines(wanzhou.records());
    area2.addAll(lines(LinkageGenerators.defective(WANZHOU, 3).sample(13, 1).get(0).dataset().records()));
    List<String> services = lines(ServiceGenerators.datasets(TerritoryShape.of(KAIZHOU)).sample(14, 1).get(0)
        .records());
    services.addAll(lines(ServiceGenerators.defective(TerritoryShape.of(KAIZHOU)).sample(15, 1).get(0).dataset()
        .records()));
    List<String> covenants = new ArrayList<>();
    CovenantGenerators.valid(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)).sample(16, 3)
        .forEach(c -> covenants.addAll(lines(c.records())));
    CovenantGenerators.defective(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 1)).sample(17, 2)
        .forEach(c -> covenants.addAll(lines(c.adoption().records())));

    List<String> problems = new ArrayList<>();
    // a duplicate id across files: Kaizhou's first volunteer again
    problems.add(MAPPER.valueToTree(kaizhou.volunteers().get(0)).toString());
    // a service record of a volunteer who is in no file
    ServiceRecord template = kaizhou.serviceRecords().get(0);
    ObjectNode dangling = MAPPER.valueToTree(template);
    dangling.put("id", "R-DANGLING").put("volunteerNumber", "V-NOBODY");
    problems.add(dangling.toString());
    // the template's volunteer serves 12.5 hours twice more on its day, in another file than area 1
    for (int i = 0; i < 2; i++) {
      ObjectNode longDay = MAPPER.valueToTree(template);
      LocalDateTime start = template.date().atTime(i * 11, 0);
      longDay.put("id", "R-LONG-" + i).put("start", start.toString()).put("end", start.plusMinutes(750).toString())
          .put("breakMinutes", 0).put("hours", "12.5");
      problems.add(longDay.toString());
    }
    problems.add("{not json");
    problems.add("   ");
    problems.add("{\"type\":\"no-such-type\",\"id\":\"x\"}");

    List<Path> files = new ArrayList<>();
    files.add(write(directory.resolve("1-area-kaizhou.ndjson"), area1, true));
    files.add(write(directory.resolve("2-area-wanzhou.ndjson"), area2, false));
    // blank lines among the records: no records, but lines (the job numbers both on across partitions)
    for (int i = services.size() - 1; i > 0; i -= 37) {
      services.add(i, i % 2 == 0 ? "" : "  \t");
    }
    files.add(write(directory.resolve("3-services.ndjson"), services, false));
    files.add(write(directory.resolve("4-covenants.ndjson"), covenants, false));
    files.add(write(directory.resolve("5-problems.ndjson"), problems, false));
    return files;
  }

  private static List<String> lines(List<Object> records) {
    return records.stream().map(r -> MAPPER.valueToTree(r).toString()).collect(Collectors.toList());
  }

  private static Path write(Path file, List<String> lines, boolean byteOrderMark) {
    StringBuilder text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
    lines.forEach(line -> text.append(line).append('\n'));
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

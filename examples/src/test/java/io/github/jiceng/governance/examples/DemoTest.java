package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command runs {@link Demo} on the committed sample district. */
class DemoTest {
  private static final Path DATA = Path.of("data", "sample-district");
  private static final Path MANIFEST = Path.of("data", "sample-district.manifest.json");

  @TempDir
  Path temp;

  private String run(Locale locale, Path report) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale, DATA, report, LocalDate.of(2026, 11, 26))
        .run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findsEveryPlantedProblemAndNothingElseAndWritesTheReport() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(MANIFEST.toFile());
    int planted = 0;
    for (JsonNode problem : manifest.path("problems")) {
      planted += problem.path("ruleIds").size();
    }
    Path report = temp.resolve("report.html");

    String output = run(Locale.ENGLISH, report);

    assertThat(output)
        .contains("read " + manifest.path("records").asLong() + ",")
        .contains("Problems planted (manifest): " + planted + ", found " + planted + ", missed 0, "
            + "findings not in the manifest ")
        .contains("110105********002X").doesNotContain("11010519491231002X");
    // beyond the planted problems only the district-level indicators of the three-tier system may speak: Kaizhou's
    // organisations per community are below the 2017 national targets, a property of the district, not a planted error
    assertThat(output.lines().filter(line -> line.contains("not in the manifest: ")))
        .allSatisfy(line -> assertThat(line).contains("not in the manifest: service.district."));
    Set<String> areas = new TreeSet<>();
    manifest.path("problems").forEach(p -> p.path("ruleIds").forEach(r -> areas.add(r.asText().split("\\.")[0])));
    assertThat(areas).hasSizeGreaterThan(5);
    for (String area : areas) {
      assertThat(output).as(area).containsPattern("\\] " + area + "\\.[A-Za-z.-]+ [a-z]+\\.ndjson:\\d+:\\d+");
    }
    long townships = lines("territory.ndjson", "\"type\":\"township\"");
    long stations = lines("service.ndjson", "\"type\":\"social-work-station\"");
    assertThat(output).contains("townships with a social-work station " + Math.min(townships, stations) + " / "
        + townships);
    assertThat(output).contains(report.toAbsolutePath().normalize().toString());
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
        .contains("lang=\"en\"");
  }

  private static long lines(String file, String marker) throws IOException {
    try (var lines = Files.lines(DATA.resolve(file))) {
      return lines.filter(line -> line.startsWith("{" + marker)).count();
    }
  }

  @Test
  void theLocaleChangesTheTextButNotTheFindings() throws IOException {
    Path english = temp.resolve("en.html");
    Path chinese = temp.resolve("zh.html");
    String en = run(Locale.ENGLISH, english);
    String zh = run(Locale.SIMPLIFIED_CHINESE, chinese);

    assertThat(zh).contains("清单中埋入的问题").contains("结论：样本数据有错误");
    String counts = en.substring(en.indexOf("Problems planted (manifest): ") + "Problems planted (manifest): ".length())
        .split(",")[0];
    assertThat(zh).contains("清单中埋入的问题 " + counts + "，找到 " + counts);
    assertThat(Files.readString(chinese, StandardCharsets.UTF_8)).contains("lang=\"zh-CN\"");
  }
}

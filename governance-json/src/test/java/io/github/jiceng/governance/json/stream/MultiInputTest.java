package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.DISTRICT;
import static io.github.jiceng.governance.json.stream.Streams.JINZHOU;
import static io.github.jiceng.governance.json.stream.Streams.SECOND;
import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.TOWNSHIP;
import static io.github.jiceng.governance.json.stream.Streams.at;
import static io.github.jiceng.governance.json.stream.Streams.gzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.json.canonical.CanonicalJson;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files validated as one dataset: shared ids and references, per-file positions and accounting. */
class MultiInputTest {
  private static final String OTHER_TOWNSHIP_VILLAGE = "{\"type\":\"village\",\"code\":\"500154130001\","
      + "\"name\":\"皓月社区\",\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154130000\"}";
  private static final String THIRD = SECOND.replace("500154001002", "500154001003").replace("南河社区", "镇东社区");
  private static final String TERRITORY = DISTRICT + "\n" + TOWNSHIP + "\n" + JINZHOU + "\n";
  private static final String BROKEN = "{\"type\":\"village\",\"code\":\n" + THIRD + "\n";
  private static final String VILLAGES = "[\n" + SECOND + ",\n" + JINZHOU.replace("金州社区", "金州") + ",\n"
      + OTHER_TOWNSHIP_VILLAGE + "\n]\n";

  @TempDir
  Path folder;

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return file;
  }

  private List<Path> dataset() throws IOException {
    return List.of(write("territory.ndjson", TERRITORY.getBytes(StandardCharsets.UTF_8)),
        write("broken.ndjson", BROKEN.getBytes(StandardCharsets.UTF_8)),
        write("villages.json.gz", gzip(VILLAGES.getBytes(StandardCharsets.UTF_8))));
  }

  private static String positioned(StreamFinding f) {
    return f.position() + " " + f.finding().code().value();
  }

  @Test
  void findingsNameTheirFileAndTheCrossFileStateIsShared() throws IOException {
    List<StreamFinding> seen = new ArrayList<>();
    StreamReport report = STREAMING.validate(dataset(), new StreamListener() {
      @Override
      public void finding(StreamFinding finding) {
        seen.add(finding);
      }
    });
    Location syntax = report.findings().get(0).finding().location();
    Location duplicate = Location.root().withPosition(3, 1);
    Location parent = at("/townshipCode", VILLAGES, "\"500154130000\"");
    assertThat(report.findings().stream().map(MultiInputTest::positioned).collect(Collectors.toList()))
        .containsExactly(
            "broken.ndjson:" + syntax.line().orElseThrow() + ":" + syntax.column().orElseThrow() + " json.syntax",
            "villages.json.gz:3:1 json.duplicate-id",
            "villages.json.gz:" + parent.line().orElseThrow() + ":" + parent.column().orElseThrow()
                + " territory.unit.parent-missing");
    assertThat(syntax.line()).hasValue(1);
    assertThat(seen).isEqualTo(report.findings());

    StreamFinding dup = report.findings().get(1);
    assertThat(dup.source()).hasValue("villages.json.gz");
    assertThat(dup.record()).isEqualTo(2);
    assertThat(dup.finding().location()).isEqualTo(duplicate);
    assertThat(dup.finding().subject()).isEqualTo(Subject.of("village", "500154001001"));
    assertThat(dup.finding().attribute("firstSource")).hasValue("territory.ndjson");
    assertThat(dup.finding().attribute("firstLine")).hasValue("3");
    assertThat(dup.finding().message(Locale.ENGLISH)).isEqualTo(
        "The village id \"500154001001\" was already used by the record at line 3 of territory.ndjson");
    assertThat(dup.toString()).startsWith("villages.json.gz:3:1 #2 ERROR json.duplicate-id");

    StreamFinding missing = report.findings().get(2);
    assertThat(missing.record()).isEqualTo(3);
    assertThat(missing.finding().subject()).isEqualTo(Subject.of("village", "500154130001"));
  }

  @Test
  void aReferenceIntoAnotherFileResolvesWhateverTheOrder() throws IOException {
    Path villages = write("villages.ndjson", (SECOND + "\n" + THIRD + "\n").getBytes(StandardCharsets.UTF_8));
    Path territory = write("territory.ndjson", (DISTRICT + "\n" + TOWNSHIP + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(STREAMING.validate(List.of(villages, territory)).findings()).isEmpty();
    assertThat(STREAMING.validate(List.of(territory, villages)).findings()).isEmpty();
    // on its own, the villages file has no township at all, so nothing can be said; with a wrong township it can
    Path wrong = write("wrong.ndjson", (OTHER_TOWNSHIP_VILLAGE + "\n").getBytes(StandardCharsets.UTF_8));
    StreamReport report = STREAMING.validate(List.of(wrong, territory));
    assertThat(report.findings()).extracting(MultiInputTest::positioned).containsExactly(
        "wrong.ndjson:1:" + at("/townshipCode", OTHER_TOWNSHIP_VILLAGE, "\"500154130000\"").column().orElseThrow()
            + " territory.unit.parent-missing");
    assertThat(report.summary().sources()).extracting(SourceSummary::withErrors).containsExactly(1L, 0L);
  }

  @Test
  void everyRecordAndFindingIsAccountedPerFileAndInTotal() throws IOException {
    StreamReport report = STREAMING.validate(dataset());
    StreamSummary total = report.summary();
    assertThat(total.sources()).extracting(SourceSummary::name)
        .containsExactly("territory.ndjson", "broken.ndjson", "villages.json.gz");
    assertThat(total.sources()).extracting(SourceSummary::records).containsExactly(3L, 2L, 3L);
    assertThat(total.sources()).extracting(SourceSummary::valid).containsExactly(3L, 1L, 1L);
    assertThat(total.sources()).extracting(SourceSummary::withErrors).containsExactly(0L, 0L, 2L);
    assertThat(total.sources()).extracting(SourceSummary::unreadable).containsExactly(0L, 1L, 0L);
    assertThat(total.sources()).extracting(SourceSummary::format)
        .containsExactly(InputFormat.NDJSON, InputFormat.NDJSON, InputFormat.JSON_ARRAY);
    assertThat(total.sources()).extracting(SourceSummary::compression)
        .containsExactly(Compression.NONE, Compression.NONE, Compression.GZIP);
    assertThat(total.records()).isEqualTo(8).isEqualTo(total.valid() + total.withErrors() + total.unreadable());
    assertThat(total.valid()).isEqualTo(5);
    assertThat(total.withErrors()).isEqualTo(2);
    assertThat(total.unreadable()).isEqualTo(1);
    assertThat(total.format()).isEqualTo(InputFormat.AUTO);
    assertThat(total.compression()).isEqualTo(Compression.AUTO);
    for (Severity severity : Severity.values()) {
      assertThat(total.sources().stream().mapToLong(s -> s.findingsBySeverity().get(severity)).sum())
          .as(severity.name()).isEqualTo(total.findingsBySeverity().get(severity));
    }
    assertThat(total.sources()).extracting(SourceSummary::findings).containsExactly(0L, 1L, 2L);
    byte[] all = (TERRITORY + BROKEN + VILLAGES).getBytes(StandardCharsets.UTF_8);
    assertThat(total.inputBytes()).isEqualTo(all.length);
    assertThat(total.inputSha256()).isEqualTo(CanonicalJson.sha256(all));
    assertThat(total.sources().get(2).inputSha256())
        .isEqualTo(CanonicalJson.sha256(VILLAGES.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void outcomesNameTheirFileAndCountRecordsWithinIt() throws IOException {
    List<RecordOutcome> outcomes = new ArrayList<>();
    STREAMING.validate(dataset(), new StreamListener() {
      @Override
      public void record(RecordOutcome outcome) {
        outcomes.add(outcome);
      }
    });
    assertThat(outcomes).extracting(o -> o.source().orElseThrow() + "#" + o.number() + "@" + o.line())
        .containsExactly("territory.ndjson#1@1", "territory.ndjson#2@2", "territory.ndjson#3@3",
            "broken.ndjson#1@1", "broken.ndjson#2@2",
            "villages.json.gz#1@2", "villages.json.gz#2@3", "villages.json.gz#3@4");
  }

  @Test
  void aSingleInputHasNoSourceAndTheSameReportAsBefore() throws IOException {
    Path territory = write("territory.ndjson", TERRITORY.getBytes(StandardCharsets.UTF_8));
    StreamReport single = STREAMING.validate(territory);
    StreamReport listed = STREAMING.validate(List.of(territory));
    assertThat(single.summary().sources()).isEmpty();
    assertThat(listed.summary().sources()).singleElement()
        .satisfies(s -> assertThat(s.records()).isEqualTo(single.summary().records()));
    assertThat(listed.summary().inputSha256()).isEqualTo(single.summary().inputSha256());
  }

  @Test
  void filesWithTheSameNameAreNamedByTheirPath() throws IOException {
    Path a = write("a/villages.ndjson", (SECOND + "\n").getBytes(StandardCharsets.UTF_8));
    Path b = write("b/villages.ndjson", (SECOND + "\n").getBytes(StandardCharsets.UTF_8));
    StreamReport report = STREAMING.validate(List.of(a, b));
    String bName = b.toString().replace(b.getFileSystem().getSeparator(), "/");
    assertThat(report.summary().sources()).extracting(SourceSummary::name)
        .containsExactly(a.toString().replace(a.getFileSystem().getSeparator(), "/"), bName);
    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.source()).hasValue(bName);
      assertThat(f.finding().attribute("firstSource")).hasValue(report.summary().sources().get(0).name());
    });
  }

  @Test
  void noFileOrAFileTwiceIsAMistakeAndAMissingFileStopsTheRun() throws IOException {
    Path territory = write("territory.ndjson", TERRITORY.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> STREAMING.validate(List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no input: give at least one file");
    assertThatThrownBy(() -> STREAMING.validate(List.of(territory, territory)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is given twice");
    Path missing = folder.resolve("missing.ndjson");
    assertThatThrownBy(() -> STREAMING.validate(List.of(territory, missing)))
        .isInstanceOf(UncheckedIOException.class).hasMessage("cannot read " + missing);
  }
}

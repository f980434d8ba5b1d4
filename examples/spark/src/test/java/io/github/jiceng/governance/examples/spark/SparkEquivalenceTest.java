package io.github.jiceng.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.json.stream.StreamSummary;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job finds exactly what the single-machine streaming validator finds on the concatenation of the same
 * files: the same multiset of findings (code, severity, subject, pointer, line, column, messages) and the same
 * summary. Spark runs in local mode with two cores.
 */
class SparkEquivalenceTest {
  private static final JobOptions OPTIONS = JobOptions.of(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1));

  @TempDir
  static Path directory;
  private static SparkSession spark;
  private static List<Path> files;
  private static SparkValidation.Result result;
  private static List<FindingRow> rows;
  private static StreamReport streamed;
  private static List<Finding> streamedFindings;

  @BeforeAll
  static void run() {
    spark = SparkSession.builder().master("local[2]").appName("jiceng-equivalence")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    files = SampleDatasets.files(directory.resolve("input"));
    result = SparkValidation.run(spark,
        files.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.toList()), OPTIONS);
    rows = result.findings().collectAsList();
    Path concatenation = SampleDatasets.concatenate(files, directory.resolve("all.ndjson"));
    streamedFindings = new ArrayList<>();
    streamed = OPTIONS.streaming().validate(concatenation, new StreamListener() {
      @Override
      public void finding(StreamFinding finding) {
        streamedFindings.add(finding.finding());
      }
    });
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static String key(String code, String severity, String subjectType, String subjectId, String pointer,
      Object line, Object column, String zh, String en) {
    return String.join(" | ", code, severity, subjectType, String.valueOf(subjectId), pointer, String.valueOf(line),
        String.valueOf(column), zh, en);
  }

  private static String key(Finding f) {
    return key(f.code().value(), f.severity().name(), f.subject().type(), f.subject().id().orElse(null),
        f.location().pointer().toString(), f.location().line().isPresent() ? f.location().line().getAsInt() : null,
        f.location().column().isPresent() ? f.location().column().getAsInt() : null,
        f.message(Locale.SIMPLIFIED_CHINESE), f.message(Locale.ENGLISH));
  }

  private static String key(FindingRow r) {
    return key(r.getRuleId(), r.getSeverity(), r.getSubjectType(), r.getSubjectId(), r.getPointer(),
        r.getDatasetLine(), r.getColumn(), r.getMessageZh(), r.getMessageEn());
  }

  @Test
  void theInputHasProblemsWithinAndAcrossRecords() {
    assertThat(files).hasSizeGreaterThan(1);
    List<String> codes = streamedFindings.stream().map(f -> f.code().value()).collect(Collectors.toList());
    assertThat(codes).contains("json.duplicate-id", "linkage.service.volunteer-unregistered",
        "linkage.volunteer.daily-hours-impossible", "json.syntax");
    assertThat(streamed.summary().records()).isGreaterThan(100);
  }

  @Test
  void sparkFindsExactlyTheStreamingFindings() {
    List<String> spark = rows.stream().map(SparkEquivalenceTest::key).sorted().collect(Collectors.toList());
    List<String> single = streamedFindings.stream().map(SparkEquivalenceTest::key).sorted()
        .collect(Collectors.toList());
    assertThat(spark).hasSameSizeAs(single).isEqualTo(single);
  }

  @Test
  void theSummaryIsTheStreamingSummary() {
    StreamSummary expected = streamed.summary();
    StreamSummary actual = result.report().summary();
    assertThat(new long[] {actual.records(), actual.valid(), actual.withErrors(), actual.unreadable(),
        actual.suppressed()}).containsExactly(expected.records(), expected.valid(), expected.withErrors(),
        expected.unreadable(), expected.suppressed());
    assertThat(actual.findingsBySeverity()).isEqualTo(expected.findingsBySeverity());
    assertThat(actual.findingsByCode()).isEqualTo(expected.findingsByCode());
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertThat(withoutInputLine(result.summary(locale))).isEqualTo(withoutInputLine(
          io.github.jiceng.governance.json.report.TextSummary.render(
              StreamReport.of(expected, List.of(), streamed.summary().findings(), streamed.packId(),
                  streamed.packVersion()), locale)));
    }
  }

  /** The text summary without its line about the input (a cluster does not hash the input). */
  private static List<String> withoutInputLine(String summary) {
    return Arrays.stream(summary.split("\n")).filter(l -> !l.startsWith("Input:") && !l.startsWith("输入："))
        .collect(Collectors.toList());
  }

  @Test
  void eachRowNamesItsFileAndTheLineInIt() throws IOException {
    List<FindingRow> duplicates = rows.stream().filter(r -> r.getRuleId().equals("json.duplicate-id"))
        .collect(Collectors.toList());
    assertThat(duplicates).isNotEmpty();
    for (FindingRow row : duplicates) {
      List<String> lines = Files.readAllLines(Path.of(row.getFile()), StandardCharsets.UTF_8);
      // an id such as ORG-FD/2025 is made of several properties: the line holds the first
      assertThat(lines.get(row.getLine() - 1)).as(row.toString())
          .contains("\"type\":\"" + row.getSubjectType() + "\"")
          .contains("\"" + row.getSubjectId().split("/")[0] + "\"");
    }
  }

  @Test
  void theFindingsCanBeWrittenAsJsonAndParquet() {
    Path json = directory.resolve("findings-json");
    Path parquet = directory.resolve("findings-parquet");
    result.findings().write().json(json.toString());
    result.findings().write().parquet(parquet.toString());
    Dataset<Row> readJson = spark.read().json(json.toString());
    Dataset<Row> readParquet = spark.read().parquet(parquet.toString());
    assertThat(readJson.count()).isEqualTo(rows.size());
    assertThat(readParquet.count()).isEqualTo(rows.size());
    assertThat(Arrays.asList(readParquet.columns())).contains("ruleId", "severity", "subjectType", "subjectId",
        "file", "line", "column", "pointer", "messageZh", "messageEn", "attributes");
  }
}

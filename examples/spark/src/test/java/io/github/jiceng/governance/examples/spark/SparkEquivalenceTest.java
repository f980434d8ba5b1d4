package io.github.jiceng.governance.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.json.stream.SourceSummary;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Spark job finds exactly what the single-machine streaming validator finds when it validates the same files as
 * one dataset ({@code RecordStreamValidator.validate(List<Path>)}): the same multiset of findings (code, severity,
 * subject, pointer, file, record number, line and column in the file, messages) and the same summary, per file
 * included. Two datasets: the committed sample district, and a generated one with problems at the edges of the
 * format (a byte order mark, a malformed line, a blank line, an unknown type) and across files (a duplicate id, a
 * dangling reference, a volunteer over the daily hours). Spark runs in local mode with two cores, one session.
 */
class SparkEquivalenceTest {
  private static final JobOptions OPTIONS = JobOptions.of(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1));
  private static final String DISTRICT = "sample district";
  private static final String GENERATED = "generated";
  private static final long SPLIT_BYTES = 512 * 1024;

  @TempDir
  static Path directory;
  private static SparkSession spark;
  private static final Map<String, Run> RUNS = new HashMap<>();

  /** One dataset validated both ways. */
  private static final class Run {
    private final List<Path> files;
    private final SparkValidation.Result result;
    private final List<FindingRow> rows;
    private final StreamReport streamed;
    private final List<StreamFinding> streamedFindings = new ArrayList<>();

    private Run(List<Path> files, long splitBytes) {
      this.files = files;
      JavaSparkContext.fromSparkContext(spark.sparkContext()).hadoopConfiguration()
          .setLong("mapreduce.input.fileinputformat.split.maxsize", splitBytes);
      this.result = SparkValidation.run(spark,
          files.stream().map(p -> p.toAbsolutePath().toString()).collect(Collectors.toList()), OPTIONS);
      this.rows = result.findings().collectAsList();
      this.streamed = OPTIONS.streaming().validate(files, new StreamListener() {
        @Override
        public void finding(StreamFinding finding) {
          streamedFindings.add(finding);
        }
      });
    }
  }

  @BeforeAll
  static void run() {
    spark = SparkSession.builder().master("local[2]").appName("jiceng-equivalence")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    // small splits: files are read in several partitions, whose lines and records are numbered on from the
    // partitions before them (the generated services file has blank lines, which are lines but no records)
    RUNS.put(DISTRICT, new Run(SampleDatasets.sampleDistrict(), SPLIT_BYTES));
    RUNS.put(GENERATED, new Run(SampleDatasets.generate(directory.resolve("generated")), 16 * 1024));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static String key(String code, String severity, String subjectType, String subjectId, String pointer,
      String source, long record, Object line, Object column, String zh, String en) {
    return String.join(" | ", code, severity, subjectType, String.valueOf(subjectId), pointer,
        String.valueOf(source), String.valueOf(record), String.valueOf(line), String.valueOf(column), zh, en);
  }

  private static String key(StreamFinding located) {
    Finding f = located.finding();
    return key(f.code().value(), f.severity().name(), f.subject().type(), f.subject().id().orElse(null),
        f.location().pointer().toString(), located.source().orElse(null), located.record(),
        f.location().line().isPresent() ? f.location().line().getAsInt() : null,
        f.location().column().isPresent() ? f.location().column().getAsInt() : null,
        f.message(Locale.SIMPLIFIED_CHINESE), f.message(Locale.ENGLISH));
  }

  private static String key(FindingRow r) {
    return key(r.getRuleId(), r.getSeverity(), r.getSubjectType(), r.getSubjectId(), r.getPointer(), r.getFile(),
        r.getRecord(), r.getLine(), r.getColumn(), r.getMessageZh(), r.getMessageEn());
  }

  private static List<String> codes(Run run) {
    return run.streamedFindings.stream().map(f -> f.finding().code().value()).collect(Collectors.toList());
  }

  @Test
  void theSampleDistrictHasProblemsWithinAndAcrossFiles() throws IOException {
    Run run = RUNS.get(DISTRICT);
    assertThat(run.files).extracting(p -> p.getFileName().toString()).contains("linkage.ndjson", "service.ndjson");
    // linkage.ndjson is read in several partitions
    Path linkage = run.files.stream().filter(p -> p.getFileName().toString().equals("linkage.ndjson")).findFirst()
        .orElseThrow();
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = new Configuration(context.hadoopConfiguration());
    hadoop.setLong("mapreduce.input.fileinputformat.split.maxsize", SPLIT_BYTES);
    assertThat(context.newAPIHadoopFile(linkage.toString(), TextInputFormat.class, LongWritable.class, Text.class,
        hadoop).getNumPartitions()).isGreaterThan((int) (Files.size(linkage) / SPLIT_BYTES / 2));
    assertThat(run.streamed.summary().records()).isGreaterThan(10_000);
    assertThat(run.streamedFindings).hasSizeGreaterThan(100);
    // findings in more than one file, and at least one about a key across records or records of other files
    assertThat(run.streamedFindings.stream().map(f -> f.source().orElse("")).distinct().count())
        .isGreaterThan(2);
  }

  @Test
  void theGeneratedDatasetHasProblemsAtTheEdgesAndAcrossFiles() throws IOException {
    Run run = RUNS.get(GENERATED);
    assertThat(codes(run)).contains("json.duplicate-id", "linkage.service.volunteer-unregistered",
        "linkage.volunteer.daily-hours-impossible", "json.syntax", "json.unknown-type");
    // the planted duplicate is in 5-problems.ndjson, the first record with its id in the first file
    assertThat(run.streamedFindings).filteredOn(f -> f.finding().code().value().equals("json.duplicate-id"))
        .extracting(f -> f.source().orElseThrow(), f -> f.finding().attributes().get("firstSource"))
        .contains(org.assertj.core.groups.Tuple.tuple("5-problems.ndjson", "1-area-kaizhou.ndjson"));
    assertThat(run.streamed.summary().records()).isGreaterThan(100);
    // the services file, with blank lines, is read in several splits of 16 KB
    Path services = run.files.get(2);
    assertThat(Files.size(services)).isGreaterThan(3 * 16 * 1024);
    assertThat(Files.readAllLines(services, StandardCharsets.UTF_8)).contains("", "  \t");
  }

  @ParameterizedTest
  @ValueSource(strings = {DISTRICT, GENERATED})
  void sparkFindsExactlyTheStreamingFindings(String dataset) {
    Run run = RUNS.get(dataset);
    List<String> spark = run.rows.stream().map(SparkEquivalenceTest::key).sorted().collect(Collectors.toList());
    List<String> single = run.streamedFindings.stream().map(SparkEquivalenceTest::key).sorted()
        .collect(Collectors.toList());
    assertThat(spark).hasSameSizeAs(single).isEqualTo(single);
  }

  @ParameterizedTest
  @ValueSource(strings = {DISTRICT, GENERATED})
  void theSummaryIsTheStreamingSummary(String dataset) {
    Run run = RUNS.get(dataset);
    StreamSummary expected = run.streamed.summary();
    StreamSummary actual = run.result.report().summary();
    assertThat(new long[] {actual.records(), actual.valid(), actual.withErrors(), actual.unreadable(),
        actual.suppressed()}).containsExactly(expected.records(), expected.valid(), expected.withErrors(),
        expected.unreadable(), expected.suppressed());
    assertThat(actual.findingsBySeverity()).isEqualTo(expected.findingsBySeverity());
    assertThat(actual.findingsByCode()).isEqualTo(expected.findingsByCode());
    assertThat(new long[] {actual.distinctIds(), actual.datasetKeys()})
        .containsExactly(expected.distinctIds(), expected.datasetKeys());
    assertThat(actual.sources()).hasSameSizeAs(expected.sources());
    for (int i = 0; i < expected.sources().size(); i++) {
      SourceSummary e = expected.sources().get(i);
      SourceSummary a = actual.sources().get(i);
      assertThat(List.of(a.name(), a.records(), a.valid(), a.withErrors(), a.unreadable(), a.findingsBySeverity(),
          a.format(), a.compression(), a.inputBytes())).as(e.name()).isEqualTo(List.of(e.name(), e.records(),
          e.valid(), e.withErrors(), e.unreadable(), e.findingsBySeverity(), e.format(), e.compression(),
          e.inputBytes()));
    }
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      assertThat(withoutInputLine(run.result.summary(locale))).isEqualTo(withoutInputLine(TextSummary.render(
          StreamReport.of(expected, List.of(), expected.findings(), run.streamed.packId(),
              run.streamed.packVersion()), locale)));
    }
  }

  /** The text summary without its line about the whole input (a cluster does not hash the input). */
  private static List<String> withoutInputLine(String summary) {
    return Arrays.stream(summary.split("\n")).filter(l -> !l.startsWith("Input:") && !l.startsWith("输入："))
        .collect(Collectors.toList());
  }

  @Test
  void eachRowNamesItsFileAndTheLineInIt() throws IOException {
    Run run = RUNS.get(GENERATED);
    Map<String, Path> byName = run.files.stream().collect(Collectors.toMap(p -> p.getFileName().toString(),
        p -> p));
    List<FindingRow> duplicates = run.rows.stream().filter(r -> r.getRuleId().equals("json.duplicate-id"))
        .collect(Collectors.toList());
    assertThat(duplicates).isNotEmpty();
    for (FindingRow row : duplicates) {
      List<String> lines = Files.readAllLines(byName.get(row.getFile()), StandardCharsets.UTF_8);
      // an id such as ORG-FD/2025 is made of several properties: the line holds the first
      assertThat(lines.get(row.getLine() - 1)).as(row.toString())
          .contains("\"type\":\"" + row.getSubjectType() + "\"")
          .contains("\"" + row.getSubjectId().split("/")[0] + "\"");
    }
  }

  @Test
  void theFindingsCanBeWrittenAsJsonAndParquet() {
    Run run = RUNS.get(GENERATED);
    Path json = directory.resolve("findings-json");
    Path parquet = directory.resolve("findings-parquet");
    run.result.findings().write().json(json.toString());
    run.result.findings().write().parquet(parquet.toString());
    Dataset<Row> readJson = spark.read().json(json.toString());
    Dataset<Row> readParquet = spark.read().parquet(parquet.toString());
    assertThat(readJson.count()).isEqualTo(run.rows.size());
    assertThat(readParquet.count()).isEqualTo(run.rows.size());
    assertThat(Arrays.asList(readParquet.columns())).contains("ruleId", "severity", "subjectType", "subjectId",
        "file", "record", "line", "column", "pointer", "messageZh", "messageEn", "attributes");
  }
}

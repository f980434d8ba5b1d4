package io.github.jiceng.governance.examples.spark;

import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.json.stream.Compression;
import io.github.jiceng.governance.json.stream.DatasetFacts;
import io.github.jiceng.governance.json.stream.DuplicateIds;
import io.github.jiceng.governance.json.stream.InputFormat;
import io.github.jiceng.governance.json.stream.KeyedCheck;
import io.github.jiceng.governance.json.stream.MissingReferences;
import io.github.jiceng.governance.json.stream.SourceSummary;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.json.stream.StreamSummary;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Validates a dataset of NDJSON files on Apache Spark (Spark 数据集校验) with the library's rule pack and checks
 * across records, giving the findings of the single-machine streaming validator on the same files as one dataset
 * ({@code RecordStreamValidator.validate(List<Path>)}).
 *
 * <pre>{@code
 * SparkValidation.Result result = SparkValidation.run(spark, List.of("hdfs:///exports/a.ndjson", "hdfs:///exports/b.ndjson"),
 *     JobOptions.of(StandardPacks.national()));
 * result.findings().write().parquet("hdfs:///reports/findings");
 * System.out.print(result.summary(Locale.SIMPLIFIED_CHINESE));
 * }</pre>
 *
 * <p>How it works (docs/scaling.md): a first pass counts the lines and records of each partition (no parsing), so
 * that every record knows its file, its line and its record number in that file. Then each partition's records go through the library's
 * {@code RecordChecker} (binding, Bean Validation, rule pack; one validator per task, built from the broadcast
 * {@link JobOptions}), which emits the per-record findings and, for each of the validator's keyed checks (duplicate
 * ids, references that must exist in the dataset, a volunteer's daily hours), a key and a compact partial state.
 * Only those are shuffled: {@code reduceByKey} combines the states with the checks' own {@code combine}, and each
 * key's findings come from the checks' own {@code findings}. Each row names its file, the record number and the line
 * in that file, as the streaming validator does for several files; the summary accounts for each file and in total.
 */
public final class SparkValidation {
  private SparkValidation() {
  }

  /** What a run found: the findings as a Dataset, and the report that the summary is made from. */
  public static final class Result {
    private final Dataset<FindingRow> findings;
    private final StreamReport report;

    private Result(Dataset<FindingRow> findings, StreamReport report) {
      this.findings = findings;
      this.report = report;
    }

    /**
     * Returns the findings, one row each, persisted (unpersist it when done).
     *
     * @return the findings
     */
    public Dataset<FindingRow> findings() {
      return findings;
    }

    /**
     * Returns the report: the summary and the pack; it keeps no findings (they are in {@link #findings()}). The
     * input's SHA-256 is not computed on a cluster (it is empty), and its length is that of the files as stored.
     *
     * @return the report
     */
    public StreamReport report() {
      return report;
    }

    /**
     * Returns the text summary, as the single-machine validator prints it.
     *
     * @param locale Chinese or English
     * @return the text
     */
    public String summary(Locale locale) {
      return TextSummary.render(report, locale);
    }
  }

  /**
   * Validates the NDJSON files of one dataset, in their order (plain or compressed with a Hadoop codec, such as
   * {@code .gz}).
   *
   * @param spark the session, not null
   * @param inputs the files, at least one
   * @param options the pack and reader options, not null
   * @return the result
   * @throws IllegalArgumentException if there is no input
   * @throws UncheckedIOException if the files' lengths cannot be read
   */
  public static Result run(SparkSession spark, List<String> inputs, JobOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input file: give at least one NDJSON file");
    }
    InputFiles files = InputFiles.of(inputs);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    List<JavaPairRDD<LongWritable, Text>> parts = new ArrayList<>();
    List<Integer> fileOfPartition = new ArrayList<>();
    long[] bytes = new long[inputs.size()];
    for (int file = 0; file < inputs.size(); file++) {
      JavaPairRDD<LongWritable, Text> lines = context.newAPIHadoopFile(inputs.get(file), TextInputFormat.class,
          LongWritable.class, Text.class, hadoop);
      parts.add(lines);
      for (int p = 0; p < lines.getNumPartitions(); p++) {
        fileOfPartition.add(file);
      }
      bytes[file] = length(inputs.get(file), hadoop);
    }
    JavaPairRDD<LongWritable, Text> all = parts.get(0);
    for (JavaPairRDD<LongWritable, Text> more : parts.subList(1, parts.size())) {
      all = all.union(more);
    }

    // pass 1: the lines and records of each partition, so that each record knows its line and number in its file
    List<long[]> counts = all.mapPartitionsWithIndex(PartitionTasks::count, true).collect();
    long[] linesOf = new long[fileOfPartition.size()];
    long[] recordsOf = new long[fileOfPartition.size()];
    counts.forEach(c -> {
      linesOf[(int) c[0]] = c[1];
      recordsOf[(int) c[0]] = c[2];
    });
    int[] fileOf = fileOfPartition.stream().mapToInt(Integer::intValue).toArray();
    long[] firstLine = new long[fileOf.length];
    long[] firstRecord = new long[fileOf.length];
    for (int p = 0; p < fileOf.length; p++) {
      boolean sameFile = p > 0 && fileOf[p - 1] == fileOf[p];
      firstLine[p] = sameFile ? firstLine[p - 1] + linesOf[p - 1] : 1;
      firstRecord[p] = sameFile ? firstRecord[p - 1] + recordsOf[p - 1] : 1;
    }
    Broadcast<JobOptions> job = context.broadcast(options);
    Broadcast<InputFiles> names = context.broadcast(files);
    Broadcast<PartitionTasks.Layout> layout = context.broadcast(
        new PartitionTasks.Layout(fileOf, firstLine, firstRecord));

    // pass 2: per-record checks; keyed partial states
    JavaRDD<Emission> emitted = all.mapPartitionsWithIndex(
        (partition, lines) -> PartitionTasks.checkRecords(partition, lines, job, layout, names), true)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Counts[] perFile = new Counts[inputs.size()];
    for (int file = 0; file < perFile.length; file++) {
      perFile[file] = new Counts();
    }
    Counts total = new Counts();
    Set<String> types = new HashSet<>();
    for (Emission tally : emitted.filter(e -> e.kind == Emission.Kind.TALLY).collect()) {
      perFile[tally.file].add(tally);
      total.add(tally);
      types.addAll(tally.recordTypes);
    }
    Broadcast<DatasetFacts> facts = context.broadcast(DatasetFacts.of(types, files.names()));

    // the shuffle: only keys and partial states
    int shufflePartitions = Math.max(1, context.defaultParallelism());
    JavaRDD<Emission> crossRecord = emitted.filter(e -> e.kind == Emission.Kind.PARTIAL)
        .mapToPair(e -> new Tuple2<>(e.key, e.partial))
        .reduceByKey(new PartitionTasks.Combine(job), shufflePartitions)
        .mapPartitions(keys -> PartitionTasks.reportKeys(keys, job, facts, names))
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<KeyedCheck<?>> checks = options.streaming().keyedChecks();
    long distinctIds = 0;
    long datasetKeys = 0;
    for (Emission tally : crossRecord.filter(e -> e.kind == Emission.Kind.TALLY).collect()) {
      total.suppressed += tally.suppressed;
      for (Map.Entry<Integer, Long> keys : tally.keys.entrySet()) {
        KeyedCheck<?> check = checks.get(keys.getKey());
        if (check instanceof DuplicateIds) {
          distinctIds += keys.getValue();
        } else if (!(check instanceof MissingReferences)) {
          datasetKeys += keys.getValue();
        }
      }
    }
    // a record that a cross-record error made invalid: (file, record number in the file)
    Map<Integer, Long> converted = crossRecord.filter(e -> e.kind == Emission.Kind.FINDING && e.converts)
        .map(e -> e.file + " " + e.row.getRecord()).distinct()
        .map(fileAndRecord -> Integer.valueOf(fileAndRecord.substring(0, fileAndRecord.indexOf(' '))))
        .countByValue();
    JavaRDD<Emission> found = emitted.union(crossRecord).filter(e -> e.kind == Emission.Kind.FINDING);
    Dataset<FindingRow> findings = spark.createDataset(found.map(e -> e.row).rdd(), Encoders.bean(FindingRow.class))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // "file severity code" (file -1 for a finding about a key across records)
    Map<String, Long> byFileSeverityAndCode = found
        .map(e -> e.file + " " + e.row.getSeverity() + " " + e.row.getRuleId()).countByValue();
    emitted.unpersist(false);
    crossRecord.unpersist(false);

    Compression[] compressions = new Compression[inputs.size()];
    for (int file = 0; file < compressions.length; file++) {
      compressions[file] = inputs.get(file).endsWith(".gz") ? Compression.GZIP : Compression.NONE;
    }
    Compression common = compressions[0];
    for (Compression compression : compressions) {
      common = compression == common ? common : Compression.AUTO;
    }
    long totalBytes = 0;
    for (long b : bytes) {
      totalBytes += b;
    }
    long allConverted = converted.values().stream().mapToLong(Long::longValue).sum();
    StreamSummary.Builder summary = StreamSummary.builder(InputFormat.NDJSON, common)
        .records(total.valid - allConverted, total.withErrors + allConverted, total.unreadable)
        .suppressed(total.suppressed)
        .input(totalBytes, "")
        // the stream's pending references depend on the reading order, which a cluster does not have
        .state(distinctIds, 0, datasetKeys);
    List<SourceSummary.Builder> sources = new ArrayList<>();
    for (int file = 0; file < perFile.length; file++) {
      long moved = converted.getOrDefault(file, 0L);
      sources.add(SourceSummary.builder(files.name(file), InputFormat.NDJSON, compressions[file])
          .records(perFile[file].valid - moved, perFile[file].withErrors + moved, perFile[file].unreadable)
          .input(bytes[file], ""));
    }
    byFileSeverityAndCode.forEach((key, count) -> {
      String[] fields = key.split(" ", 3);
      int file = Integer.parseInt(fields[0]);
      Severity severity = Severity.valueOf(fields[1]);
      summary.findings(severity, fields[2], count);
      if (file >= 0) {
        sources.get(file).findings(severity, count);
      }
    });
    sources.forEach(source -> summary.source(source.build()));
    long totalFindings = byFileSeverityAndCode.values().stream().mapToLong(Long::longValue).sum();
    StreamReport report = StreamReport.of(summary.build(), List.of(), totalFindings, options.pack().id(),
        options.pack().version());
    return new Result(findings, report);
  }

  /** The record counts of a file or of the dataset. */
  private static final class Counts {
    private long valid;
    private long withErrors;
    private long unreadable;
    private long suppressed;

    private void add(Emission tally) {
      valid += tally.valid;
      withErrors += tally.withErrors;
      unreadable += tally.unreadable;
      suppressed += tally.suppressed;
    }
  }

  private static long length(String input, Configuration hadoop) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      return fs.getFileStatus(path).getLen();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the length of " + input, e);
    }
  }

  /**
   * Runs the job: {@code SparkValidation [--as-of 2026-06-01] [--format parquet|json] --output DIR FILE...}; writes
   * the findings to DIR and prints the summary in Chinese and English. Uses the national pack.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    String output = null;
    String format = "parquet";
    LocalDate asOf = null;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--output":
          output = args[++i];
          break;
        case "--format":
          format = args[++i];
          break;
        case "--as-of":
          asOf = LocalDate.parse(args[++i]);
          break;
        default:
          inputs.add(args[i]);
      }
    }
    if (output == null || inputs.isEmpty() || !(format.equals("parquet") || format.equals("json"))) {
      System.err.println("usage: SparkValidation [--as-of YYYY-MM-DD] [--format parquet|json] --output DIR FILE...");
      System.exit(2);
      return;
    }
    JobOptions options = JobOptions.of(StandardPacks.national());
    if (asOf != null) {
      options = options.asOf(asOf);
    }
    SparkSession spark = SparkSession.builder().appName("jiceng-validation").getOrCreate();
    try {
      Result result = run(spark, inputs, options);
      result.findings().write().mode(SaveMode.Overwrite).format(format).save(output);
      System.out.print(result.summary(Locale.SIMPLIFIED_CHINESE));
      System.out.print(result.summary(Locale.ENGLISH));
    } finally {
      spark.stop();
    }
  }
}

package io.github.jiceng.governance.examples.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.testkit.LinkageDataset;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;

/**
 * Measures records per second of the Spark job in local mode with 1 and 2 cores, and of the single-machine streaming
 * validator, on generated files of volunteers and their service records (a test-scoped tool for docs/scaling.md).
 *
 * <p>{@code java ... ScaleMeasurement RECORDS DIRECTORY [FILES]}: writes RECORDS records into FILES NDJSON files
 * (default 4) under DIRECTORY (reused if there), then prints one line per run.
 */
public final class ScaleMeasurement {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  private ScaleMeasurement() {
  }

  /**
   * Runs the measurement.
   *
   * @param args the number of records, the directory, optionally the number of files; or {@code --sample DIR} to
   *     measure an existing sample district with Kaizhou's pack
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    List<Path> files;
    JobOptions options;
    long records;
    if (args[0].equals("--sample")) {
      // an existing sample district (SampleDataWriter --scale N --out DIR): its NDJSON files, Kaizhou's pack
      try (var listing = Files.list(Path.of(args[1]))) {
        files = listing.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
      }
      options = JobOptions.of(io.github.jiceng.governance.rules.pack.StandardPacks.forJurisdiction("500154"));
      records = 0;
      for (Path file : files) {
        try (var lines = Files.lines(file)) {
          records += lines.filter(line -> !line.isBlank()).count();
        }
      }
    } else {
      records = Long.parseLong(args[0]);
      Path directory = Path.of(args[1]);
      int fileCount = args.length > 2 ? Integer.parseInt(args[2]) : 4;
      files = generate(records, directory, fileCount);
      options = JobOptions.of(io.github.jiceng.governance.rules.pack.StandardPacks.national())
          .asOf(java.time.LocalDate.of(2026, 6, 1));
    }
    List<String> inputs = new ArrayList<>();
    files.forEach(f -> inputs.add(f.toAbsolutePath().toString()));
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "input: %d records, %d files, %.1f MB%n", records, files.size(), bytes / 1e6);

    long start = System.nanoTime();
    long cpu = cpuNanos();
    StreamReport streamed = options.streaming().validate(files);
    report("streaming validator, 1 thread", records, start, cpu, streamed.summary().findings());

    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession spark = SparkSession.builder().master(master).appName("jiceng-scale")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", master.equals("local[1]") ? "1" : "2")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .getOrCreate();
      try {
        // one warm-up run on the first file, then the measured run over all files
        SparkValidation.run(spark, inputs.subList(0, 1), options).findings().count();
        start = System.nanoTime();
        cpu = cpuNanos();
        SparkValidation.Result result = SparkValidation.run(spark, inputs, options);
        long findings = result.findings().count();
        report("spark " + master, records, start, cpu, findings);
        System.out.print(result.summary(Locale.ENGLISH));
      } finally {
        spark.stop();
      }
    }
  }

  /** The CPU time of the whole JVM (all threads, Spark's too), robust against other load on the machine. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void report(String what, long records, long start, long cpuStart, long findings) {
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT, "%-32s %7.1f s wall %10.0f records/s   %7.1f s CPU %8.0f records per CPU-s"
        + "   (%d findings)%n", what, seconds, records / seconds, cpuSeconds, records / cpuSeconds, findings);
  }

  /** Volunteers and their service records (about one volunteer per 20 records), in files. */
  static List<Path> generate(long records, Path directory, int fileCount) throws IOException {
    Files.createDirectories(directory);
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < fileCount; f++) {
      files.add(directory.resolve(String.format(Locale.ROOT, "part-%02d-%d.ndjson", f, records)));
    }
    if (files.stream().allMatch(Files::exists)) {
      return files;
    }
    LinkageDataset dataset = LinkageGenerators.datasets(DivisionCode.parse("500154000000"), 1).sample(7, 1).get(0);
    ServiceRecord template = dataset.serviceRecords().get(0);
    ObjectNode volunteer = MAPPER.valueToTree(dataset.volunteers().get(0));
    ObjectNode service = MAPPER.valueToTree(template);
    SplittableRandom random = new SplittableRandom(20261126L);
    long perFile = (records + fileCount - 1) / fileCount;
    long written = 0;
    for (int f = 0; f < fileCount; f++) {
      try (BufferedWriter out = Files.newBufferedWriter(files.get(f), StandardCharsets.UTF_8)) {
        for (long i = 0; i < perFile && written < records; i++, written++) {
          if (written % 20 == 0) {
            out.write(volunteer.deepCopy().put("volunteerNumber", "V" + (written / 20)).toString());
          } else {
            int minutes = 30 + random.nextInt(8) * 30;
            LocalDateTime begin = template.date().atTime(8, 0).plusDays(random.nextInt(60));
            out.write(service.deepCopy().put("id", "R" + written).put("volunteerNumber", "V" + (written / 20))
                .put("start", begin.toString()).put("end", begin.plusMinutes(minutes).toString())
                .put("breakMinutes", 0).put("hours", String.valueOf(minutes / 60.0)).toString());
          }
          out.write('\n');
        }
      }
    }
    return files;
  }
}

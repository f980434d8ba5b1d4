package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Validates a large generated NDJSON file from disk and prints the time, records per second, the JVM's maximum heap
 * and the process's peak resident set size (VmHWM), to show that memory stays bounded
 * (docs/performance.md): {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.jiceng.governance.benchmarks.MillionRecords /tmp/village-1m.ndjson 1000000 village}.
 */
public final class MillionRecords {
  private MillionRecords() {
  }

  /**
   * Runs the measurement.
   *
   * @param args the file (generated if missing), the number of records, the record type
   * @throws IOException if the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "/tmp/village-1m.ndjson");
    long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    String type = args.length > 2 ? args[2] : "village";
    if (!Files.exists(file)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
        RecordFiles.write(type, count, 20261126L, out);
      }
    }
    RecordStreamValidator streaming = RecordStreamValidator.builder(
        Validator.builder(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1)).build()).build();
    long start = System.nanoTime();
    StreamReport report = streaming.validate(file);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.print(TextSummary.render(report, Locale.ENGLISH));
    System.out.printf(Locale.ROOT, "file: %s, %d bytes, %.1f bytes per record%n", file, Files.size(file),
        (double) Files.size(file) / Math.max(1, report.summary().records()));
    System.out.printf(Locale.ROOT, "time: %.2f s, %.0f records/s, pending references %d, distinct ids %d%n", seconds,
        report.summary().records() / seconds, report.summary().pendingReferences(), report.summary().distinctIds());
    System.out.printf(Locale.ROOT, "max heap: %d MiB, %s%n", Runtime.getRuntime().maxMemory() >> 20, peakRss());
  }

  /**
   * Returns the process's peak and current resident set size, as {@code /proc/self/status} gives them.
   *
   * @return for example {@code "VmHWM: 364464 kB, VmRSS: 350000 kB"}
   * @throws IOException if the status cannot be read
   */
  static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "peak RSS unknown (no /proc)";
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM") || l.startsWith("VmRSS"))
        .map(l -> l.replaceAll("\\s+", " ")).reduce((a, b) -> a + ", " + b).orElse("");
  }
}

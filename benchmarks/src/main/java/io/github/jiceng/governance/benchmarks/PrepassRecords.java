package io.github.jiceng.governance.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.stream.DatasetPrepass;
import io.github.jiceng.governance.testkit.AdoptionCase;
import io.github.jiceng.governance.testkit.BurdenCase;
import io.github.jiceng.governance.testkit.BurdenGenerators;
import io.github.jiceng.governance.testkit.CovenantGenerators;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the first pass ({@link DatasetPrepass}) over a large generated dataset of meetings and admission requests and
 * prints the time, what it kept, the JVM's maximum heap and the process's peak resident set size (VmHWM), to show how
 * the first pass's memory grows (docs/performance.md): {@code java -Xmx256m -cp benchmarks/target/benchmarks.jar
 * io.github.jiceng.governance.benchmarks.PrepassRecords /tmp/prepass-1m 1000000 100}.
 *
 * <p>The dataset (deterministic, generated once into the directory if missing) is three files: {@code
 * meetings.ndjson} ({@code count} meetings, copies of meetings of the test kit's valid covenant cases with the ids
 * {@code MTG-0}, {@code MTG-1}, ...), {@code referring.ndjson} (a covenant naming every {@code every}-th meeting and an
 * admission decision answering every {@code every}-th request) and {@code requests.ndjson} ({@code count} admission
 * requests, {@code AR-0}, ...): the named meetings come before the records that name them, the named requests after.
 */
public final class PrepassRecords {
  private static final int TEMPLATES = 64;
  private static final long SEED = 20261126L;

  private PrepassRecords() {
  }

  /**
   * Runs the measurement.
   *
   * @param args the directory (its files generated if missing), the number of meetings and of requests, and every
   *     how many-th of them a covenant or decision names
   * @throws IOException if a file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/prepass-1m");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    int every = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    List<Path> files = List.of(dir.resolve("meetings.ndjson"), dir.resolve("referring.ndjson"),
        dir.resolve("requests.ndjson"));
    if (!files.stream().allMatch(Files::exists)) {
      Files.createDirectories(dir);
      write(files, count, every);
    }
    long start = System.nanoTime();
    DatasetPrepass.Result result = DatasetPrepass.read(files);
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    System.out.printf(Locale.ROOT, "files: %s, %d bytes; %d meetings, %d requests, every %d-th named%n", dir, bytes,
        count, count, every);
    System.out.printf(Locale.ROOT, "first pass: %.2f s, %s, lookup %s%n", seconds, result,
        result.lookup().map(Object::toString).orElse("none"));
    System.out.printf(Locale.ROOT, "max heap: %d MiB, %s%n", Runtime.getRuntime().maxMemory() >> 20,
        MillionRecords.peakRss());
  }

  private static void write(List<Path> files, int count, int every) throws IOException {
    ObjectMapper json = GovernanceJson.mapper();
    List<AdoptionCase> adoptions = CovenantGenerators.valid(LocalDate.of(2019, 1, 1), LocalDate.of(2025, 12, 1))
        .sample(SEED, TEMPLATES);
    List<ObjectNode> meetings = new ArrayList<>();
    List<ObjectNode> covenants = new ArrayList<>();
    for (AdoptionCase adoption : adoptions) {
      meetings.add(json.valueToTree(adoption.meeting()));
      covenants.add(json.valueToTree(adoption.covenant()));
    }
    List<AdmissionRequest> requestRecords = new ArrayList<>();
    List<ObjectNode> requests = new ArrayList<>();
    for (BurdenCase<AdmissionRequest> request : BurdenGenerators.admissionRequests().sample(SEED, TEMPLATES)) {
      requestRecords.add(request.record());
      requests.add(json.valueToTree(request.record()));
    }
    try (OutputStream out = open(files.get(0))) {
      for (int i = 0; i < count; i++) {
        ObjectNode meeting = meetings.get(i % TEMPLATES).deepCopy();
        meeting.put("id", "MTG-" + i);
        line(json, meeting, out);
      }
    }
    try (OutputStream out = open(files.get(1))) {
      for (int i = 0; i < count; i += every) {
        ObjectNode covenant = covenants.get(i % TEMPLATES).deepCopy();
        covenant.put("id", "COV-" + i);
        ((ObjectNode) covenant.get("adoption").get("vote")).put("meetingId", "MTG-" + i);
        line(json, covenant, out);
        AdmissionRequest request = requestRecords.get(i % TEMPLATES);
        line(json, json.valueToTree(AdmissionDecision.builder().requestId("AR-" + i).date(request.date())
            .outcome(AdmissionOutcome.REFUSED).build()), out);
      }
    }
    try (OutputStream out = open(files.get(2))) {
      for (int i = 0; i < count; i++) {
        ObjectNode request = requests.get(i % TEMPLATES).deepCopy();
        request.put("id", "AR-" + i);
        line(json, request, out);
      }
    }
  }

  private static OutputStream open(Path file) throws IOException {
    return new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
  }

  private static void line(ObjectMapper json, ObjectNode record, OutputStream out) throws IOException {
    out.write(json.writeValueAsBytes(record));
    out.write('\n');
  }
}

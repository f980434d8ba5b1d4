package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.json.stream.RecordReferences;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each part of the streaming validator costs, measured by switching parts on and off: the records per second of
 * variants of {@link RecordStreamValidator} over the benchmark's generated file (docs/performance.md), interleaved,
 * median of four measured rounds after two warm-up rounds. A rough tool for deciding where to look, not a benchmark: the JMH
 * benchmark is {@code StreamValidationBenchmark}. Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * io.github.jiceng.governance.benchmarks.PartCosts volunteer-service-record}.
 */
public final class PartCosts {
  private static final int RECORDS = StreamValidationBenchmark.RECORDS;
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

  private PartCosts() {
  }

  /** The validator without any check across records: what the benchmark's {@code d_oursPerRecord} measures. */
  private static RecordStreamValidator.Builder perRecord(Validator validator) {
    return RecordStreamValidator.builder(validator).references(RecordReferences.none()).duplicateIds(false)
        .standardChecks(false);
  }

  /**
   * Runs the measurement.
   *
   * @param args the record type (a key of the benchmark's generators), {@code volunteer-service-record} by default
   */
  public static void main(String[] args) {
    String type = args.length > 0 ? args[0] : "volunteer-service-record";
    byte[] file = RecordFiles.bytes(type, RECORDS, 20261126L);
    Validator full = Validator.builder(StandardPacks.national()).asOf(AS_OF).build();
    Validator withoutBeanValidation = Validator.builder(StandardPacks.national()).asOf(AS_OF)
        .beanValidation(false).build();
    Validator withoutRules = Validator.builder(RulePack.builder("empty", "1", Jurisdiction.national()).build())
        .asOf(AS_OF).build();
    Map<String, RecordStreamValidator> variants = new LinkedHashMap<>();
    variants.put("all of ours", RecordStreamValidator.builder(full).build());
    variants.put("per record only", perRecord(full).build());
    variants.put("per record, without Bean Validation", perRecord(withoutBeanValidation).build());
    variants.put("per record, without rules", perRecord(withoutRules).build());
    variants.put("per record + references (and their ids)", perRecord(full).references(RecordReferences.standard())
        .build());
    variants.put("per record + duplicate ids", perRecord(full).duplicateIds(true).build());
    variants.put("per record + standard checks (daily sums)", perRecord(full).standardChecks(true).build());
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    for (int round = 0; round < 6; round++) {
      for (Map.Entry<String, RecordStreamValidator> variant : variants.entrySet()) {
        long start = System.nanoTime();
        for (int run = 0; run < 3; run++) {
          variant.getValue().validate(new ByteArrayInputStream(file), StreamListener.NONE);
        }
        double rate = 3.0 * RECORDS / ((System.nanoTime() - start) / 1e9);
        if (round >= 2) {
          rates.computeIfAbsent(variant.getKey(), k -> new ArrayList<>()).add(rate);
        }
      }
    }
    rates.forEach((name, values) -> {
      Collections.sort(values);
      System.out.printf(Locale.ROOT, "%-36s median %,.0f records/s (%,.0f to %,.0f)%n", name,
          values.get(values.size() / 2), values.get(0), values.get(values.size() - 1));
    });
  }
}

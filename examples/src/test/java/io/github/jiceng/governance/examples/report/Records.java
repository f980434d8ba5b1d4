package io.github.jiceng.governance.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Test helper: records as NDJSON, validated by the streaming validator with a listener. */
final class Records {
  private static final ObjectWriter WRITER = GovernanceJson.mapper().writer();

  private Records() {
  }

  /** Returns the records as NDJSON, one line each; a string is written as is (a broken line). */
  static String ndjson(List<?> records) {
    StringBuilder out = new StringBuilder();
    for (Object record : records) {
      try {
        out.append(record instanceof String ? (String) record : WRITER.writeValueAsString(record)).append('\n');
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write " + record, e);
      }
    }
    return out.toString();
  }

  /** Validates NDJSON with a pack on a day, keeping at most {@code kept} findings. */
  static StreamReport validate(String ndjson, RulePack pack, LocalDate asOf, int kept, StreamListener listener) {
    Validator validator = Validator.builder(pack).asOf(asOf).build();
    return RecordStreamValidator.builder(validator).keptFindings(kept).build()
        .validate(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), listener);
  }
}

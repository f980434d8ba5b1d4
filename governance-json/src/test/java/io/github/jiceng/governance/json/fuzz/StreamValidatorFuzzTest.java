package io.github.jiceng.governance.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiceng.governance.json.stream.InputFormat;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.RecordStatus;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Fuzzes the streaming validator over NDJSON, JSON arrays and gzip (detected from the content): no input makes it
 * throw, and the summary accounts for every record the listener saw. Seeds: real and broken records and files under
 * {@code src/test/resources/.../StreamValidatorFuzzTestInputs}.
 */
class StreamValidatorFuzzTest {
  private static final Validator VALIDATOR =
      Validator.builder(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1)).build();
  private static final RecordStreamValidator AUTO = RecordStreamValidator.builder(VALIDATOR)
      .limits(RecordStreamValidator.DEFAULT_LIMITS.rebuild().maxDocumentLength(4096).maxNestingDepth(16).build())
      .build();
  private static final RecordStreamValidator ARRAY = RecordStreamValidator.builder(VALIDATOR)
      .format(InputFormat.JSON_ARRAY).build();

  @FuzzTest
  void validate(byte[] input) {
    check(AUTO, input);
    check(ARRAY, input);
  }

  private static void check(RecordStreamValidator validator, byte[] input) {
    long[] seen = new long[RecordStatus.values().length];
    StreamReport report = validator.validate(new ByteArrayInputStream(input), new StreamListener() {
      @Override
      public void record(RecordOutcome outcome) {
        seen[outcome.status().ordinal()]++;
        if (outcome.status() == RecordStatus.UNREADABLE) {
          assertThat(outcome.findings()).isNotEmpty();
        }
      }
    });
    assertThat(report.summary().records())
        .isEqualTo(report.summary().valid() + report.summary().withErrors() + report.summary().unreadable());
    assertThat(report.summary().unreadable()).isEqualTo(seen[RecordStatus.UNREADABLE.ordinal()]);
    assertThat(report.summary().records()).isEqualTo(seen[0] + seen[1] + seen[2]);
  }
}

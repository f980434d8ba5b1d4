package io.github.jiceng.governance.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.JsonFindingCodes;
import io.github.jiceng.governance.json.ReadResult;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.Finding;

/**
 * Fuzzes the record reader: no input makes it throw, an input without a value has an error, and every finding is a
 * {@code json.*} finding. The normal build runs this in regression mode over the seed corpus in
 * {@code src/test/resources/.../RecordReaderFuzzTestInputs}; docs/json-format.md gives the command for a longer run.
 */
class RecordReaderFuzzTest {
  private static final RecordReader READER = RecordReader.create();

  @FuzzTest
  void readRecord(byte[] input) {
    check(READER.readRecord(input));
  }

  @FuzzTest
  void readVillage(byte[] input) {
    check(READER.read(input, Village.class));
  }

  static void check(ReadResult<?> result) {
    if (result.value().isEmpty()) {
      assertThat(result.hasErrors()).isTrue();
    }
    for (Finding finding : result.findings()) {
      assertThat(JsonFindingCodes.ALL).contains(finding.code());
      assertThat(finding.message(java.util.Locale.ENGLISH)).isNotBlank();
    }
  }
}

package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.jiceng.governance.rules.Finding;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Local date-times (the start and end of a volunteer's service, for example) are ISO-8601 strings on writing and on
 * reading, as dates are; the strict mapper accepts no other form.
 */
class IsoDateTimeTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordReader READER = RecordReader.create();

  @Test
  void isoFormsAreRead() throws Exception {
    assertThat(MAPPER.readValue("\"2026-01-31T09:30\"", LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(2026, 1, 31, 9, 30));
    assertThat(MAPPER.readValue("\"2026-01-31T09:30:15.250\"", LocalDateTime.class))
        .isEqualTo(LocalDateTime.of(2026, 1, 31, 9, 30, 15, 250_000_000));
  }

  @Test
  void otherFormsAreRejected() {
    for (String json : List.of("[2026,1,31,9,30]", "1769851800000", "\"2026-01-31 09:30\"", "\"2026-01-31\"",
        "\"2026-01-31T09:30Z\"", "\"2026-01-31T09:30+08:00\"", "\" 2026-01-31T09:30\"")) {
      assertThatThrownBy(() -> MAPPER.readValue(json, LocalDateTime.class)).as(json)
          .isInstanceOf(MismatchedInputException.class);
    }
    assertThatThrownBy(() -> MAPPER.readValue("\"2026-01-31T09:30\"", LocalDate.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void aWrongDateTimeIsAFindingThatSaysWhatIsExpected() {
    Finding wrongType = READER.read("[2026,1,31,9,30]", LocalDateTime.class).findings().get(0);
    assertThat(wrongType.code()).isEqualTo(JsonFindingCodes.WRONG_TYPE);
    assertThat(wrongType.message(Locale.ENGLISH)).contains("an ISO-8601 date-time such as 2026-01-31T09:30");
    Finding invalid = READER.read("\"2026-02-30T09:30\"", LocalDateTime.class).findings().get(0);
    assertThat(invalid.code()).isEqualTo(JsonFindingCodes.INVALID_VALUE);
    assertThat(invalid.attribute("value")).contains("2026-02-30T09:30");
  }
}

package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.VALIDATOR;
import static io.github.jiceng.governance.json.stream.Streams.run;
import static io.github.jiceng.governance.json.stream.Streams.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.testkit.LinkageGenerators;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The volunteers' daily hours while streaming, against the batch rules on the same volunteer's log. */
class VolunteerDailyHoursTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();

  /** A generated service record of the testkit, as a template. */
  private static ServiceRecord template() {
    return LinkageGenerators.datasets(DivisionCode.parse("500154000000"), 1).sample(3, 1).get(0)
        .serviceRecords().get(0);
  }

  /** NDJSON of records of one volunteer on one day, lasting the given hours each, with ids, ... */
  private static List<ObjectNode> day(ServiceRecord template, String... hours) {
    List<ObjectNode> lines = new ArrayList<>();
    LocalDateTime start = template.date().atTime(0, 0);
    for (int i = 0; i < hours.length; i++) {
      ObjectNode line = MAPPER.valueToTree(template);
      BigDecimal h = new BigDecimal(hours[i]);
      LocalDateTime end = start.plusMinutes(h.multiply(BigDecimal.valueOf(60)).longValueExact());
      line.put("id", "R-" + i).put("start", start.toString()).put("end", end.toString()).put("hours", hours[i]);
      lines.add(line);
    }
    return lines;
  }

  private static String text(List<ObjectNode> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l.toString()).append('\n'));
    return text.toString();
  }

  /** The batch rule's findings on the volunteer's log of the same records. */
  private static List<Finding> batch(List<ObjectNode> lines, String code) {
    List<ServiceRecord> records = new ArrayList<>();
    for (ObjectNode line : lines) {
      records.add(MAPPER.convertValue(line, ServiceRecord.class));
    }
    VolunteerServiceLog log = VolunteerServiceLog.of(records.get(0).volunteerNumber(), records);
    RecordResult result = VALIDATOR.check(log, RecordLookup.none());
    return result.findings().stream().filter(f -> f.code().value().equals(code)).toList();
  }

  private static void sameAsBatch(String code, List<ObjectNode> lines) {
    StreamReport report = run(STREAMING, text(lines));
    List<Finding> streamed = withCode(report, code);
    assertThat(streamed).singleElement().satisfies(f -> {
      Finding expected = batch(lines, code).get(0);
      assertThat(f.subject()).isEqualTo(expected.subject());
      assertThat(f.severity()).isEqualTo(expected.severity());
      assertThat(f.message(Locale.ENGLISH)).isEqualTo(expected.message(Locale.ENGLISH));
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected.message(Locale.SIMPLIFIED_CHINESE));
      assertThat(f.legalBases()).isEqualTo(expected.legalBases());
    });
    assertThat(batch(lines, code)).hasSize(1);
  }

  @Test
  void moreThanTwentyFourHoursIsImpossible() {
    List<ObjectNode> lines = day(template(), "10", "9.5", "5");
    sameAsBatch(VolunteerDailyHours.IMPOSSIBLE, lines);
    assertThat(withCode(run(STREAMING, text(lines)), VolunteerDailyHours.HIGH)).isEmpty();
  }

  @Test
  void moreThanTheParameterIsHigh() {
    List<ObjectNode> lines = day(template(), "8", "4.5");
    sameAsBatch(VolunteerDailyHours.HIGH, lines);
    assertThat(withCode(run(STREAMING, text(lines)), VolunteerDailyHours.IMPOSSIBLE)).isEmpty();
  }

  @Test
  void atTheParameterNothingIsSaid() {
    StreamReport report = run(STREAMING, text(day(template(), "8", "4")));
    assertThat(withCode(report, VolunteerDailyHours.HIGH)).isEmpty();
    assertThat(withCode(report, VolunteerDailyHours.IMPOSSIBLE)).isEmpty();
    assertThat(report.summary().datasetKeys()).isEqualTo(1);
  }

  @Test
  void theCheckCanBeTurnedOff() {
    RecordStreamValidator without = RecordStreamValidator.builder(VALIDATOR).standardChecks(false).build();
    assertThat(withCode(run(without, text(day(template(), "20", "5"))), VolunteerDailyHours.IMPOSSIBLE)).isEmpty();
  }
}

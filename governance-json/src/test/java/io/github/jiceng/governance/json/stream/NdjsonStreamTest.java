package io.github.jiceng.governance.json.stream;

import static io.github.jiceng.governance.json.stream.Streams.DISTRICT;
import static io.github.jiceng.governance.json.stream.Streams.JINZHOU;
import static io.github.jiceng.governance.json.stream.Streams.SECOND;
import static io.github.jiceng.governance.json.stream.Streams.STREAMING;
import static io.github.jiceng.governance.json.stream.Streams.TOWNSHIP;
import static io.github.jiceng.governance.json.stream.Streams.VALIDATOR;
import static io.github.jiceng.governance.json.stream.Streams.at;
import static io.github.jiceng.governance.json.stream.Streams.run;
import static io.github.jiceng.governance.json.stream.Streams.withCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.json.UnknownPropertyPolicy;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of bad NDJSON input becomes an exact finding with line, column and JSON Pointer, and the run goes on
 * with the next line.
 */
class NdjsonStreamTest {
  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void cleanDatasetIsAllValid() {
    StreamReport report = run(STREAMING, lines(DISTRICT, TOWNSHIP, JINZHOU, SECOND));
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().records()).isEqualTo(4);
    assertThat(report.summary().valid()).isEqualTo(4);
    assertThat(report.summary().format()).isEqualTo(InputFormat.NDJSON);
    assertThat(report.summary().compression()).isEqualTo(Compression.NONE);
    assertThat(report.summary().distinctIds()).isEqualTo(4);
  }

  @Test
  void malformedLineIsUnreadableAndTheNextLineIsRead() {
    String text = lines(TOWNSHIP, "{\"type\":\"village\",\"code\":", JINZHOU);
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(2);
    List<StreamFinding> findings = report.findings();
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.record()).isEqualTo(2);
      assertThat(f.finding().code().value()).isEqualTo("json.syntax");
      assertThat(f.finding().location().pointer().toString()).isEqualTo("/code");
      assertThat(f.finding().location().line()).hasValue(2);
    });
  }

  @Test
  void wrongTypeHasPointerLineAndColumn() {
    String bad = JINZHOU.replace("\"name\":\"金州社区\"", "\"name\":5");
    String text = lines(TOWNSHIP, bad);
    StreamReport report = run(STREAMING, text);
    assertThat(withCode(report, "json.wrong-type")).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(at("/name", text, "5,")));
    assertThat(report.summary().unreadable()).isEqualTo(1);
  }

  @Test
  void unknownPropertyIsAnErrorOrIgnored() {
    String bad = JINZHOU.replace("}", ",\"households\":3000}");
    String text = lines(TOWNSHIP, bad);
    StreamReport report = run(STREAMING, text);
    assertThat(withCode(report, "json.unknown-property")).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(at("/households", text, "3000")));
    assertThat(report.summary().withErrors()).isEqualTo(1);

    RecordStreamValidator ignoring = RecordStreamValidator.builder(VALIDATOR)
        .unknownProperties(UnknownPropertyPolicy.IGNORE).build();
    StreamReport ignored = run(ignoring, text);
    assertThat(ignored.findings()).isEmpty();
    assertThat(ignored.summary().valid()).isEqualTo(2);
  }

  @Test
  void overLongStringIsALimitFinding() {
    RecordStreamValidator strict = RecordStreamValidator.builder(VALIDATOR)
        .limits(RecordStreamValidator.DEFAULT_LIMITS.rebuild().maxStringLength(12).build()).build();
    String bad = JINZHOU.replace("金州社区", "金州社区".repeat(4));
    StreamReport report = run(strict, lines(TOWNSHIP, bad, SECOND));
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.attribute("variant")).hasValue("limit");
      assertThat(f.location().pointer().toString()).isEqualTo("/name");
      assertThat(f.location().line()).hasValue(2);
      assertThat(f.attribute("detail").orElseThrow()).contains("String value length");
    });
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(2);
  }

  @Test
  void tooDeepNestingIsALimitFinding() {
    String deep = JINZHOU.replace("}", ",\"x\":" + "[".repeat(70) + "]".repeat(70) + "}");
    StreamReport report = run(STREAMING, lines(TOWNSHIP, deep, SECOND));
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.attribute("variant")).hasValue("limit");
      assertThat(f.location().line()).hasValue(2);
      assertThat(f.attribute("detail").orElseThrow()).contains("nesting depth");
    });
    assertThat(report.summary().records()).isEqualTo(3);
  }

  @Test
  void invalidUtf8IsAnEncodingFindingWithTheLineAndOffset() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes((TOWNSHIP + "\n").getBytes(StandardCharsets.UTF_8));
    byte[] village = JINZHOU.getBytes(StandardCharsets.UTF_8);
    int at = JINZHOU.indexOf("金");
    int byteOffset = JINZHOU.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
    village[byteOffset + 1] = (byte) 0x28; // a lead byte followed by '(' is not UTF-8
    bytes.writeBytes(village);
    bytes.writeBytes(("\n" + SECOND + "\n").getBytes(StandardCharsets.UTF_8));
    StreamReport report = run(STREAMING, bytes.toByteArray());
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.attribute("variant")).hasValue("encoding");
      assertThat(f.attribute("offset")).hasValue(Integer.toString(byteOffset));
      assertThat(f.location().line()).hasValue(2);
      assertThat(f.location().column()).hasValue(at + 1);
    });
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(2);
  }

  @Test
  void truncatedLastLineIsASyntaxFindingAndEarlierRecordsCount() {
    String text = TOWNSHIP + "\n" + JINZHOU + "\n" + SECOND.substring(0, 40);
    StreamReport report = run(STREAMING, text);
    assertThat(report.summary().records()).isEqualTo(3);
    assertThat(report.summary().valid()).isEqualTo(2);
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.location().line()).hasValue(3);
      assertThat(f.attribute("detail").orElseThrow()).contains("end-of-input");
    });
  }

  @Test
  void tooLongRecordIsSkippedToTheNextLine() {
    RecordStreamValidator small = RecordStreamValidator.builder(VALIDATOR)
        .limits(RecordStreamValidator.DEFAULT_LIMITS.rebuild().maxDocumentLength(150).build()).build();
    String huge = JINZHOU.replace("金州社区", "金".repeat(200));
    StreamReport report = run(small, lines(TOWNSHIP, huge, SECOND));
    assertThat(withCode(report, "json.syntax")).singleElement().satisfies(f -> {
      assertThat(f.attribute("variant")).hasValue("limit");
      assertThat(f.location()).isEqualTo(Location.root().withPosition(2, 1));
    });
    assertThat(report.summary().unreadable()).isEqualTo(1);
    assertThat(report.summary().valid()).isEqualTo(2);
  }

  @Test
  void blankLinesAndCarriageReturnsAreNotRecords() {
    String text = TOWNSHIP + "\r\n\r\n   \n" + JINZHOU + "\r\n";
    StreamReport report = run(STREAMING, text);
    assertThat(report.findings()).isEmpty();
    assertThat(report.summary().records()).isEqualTo(2);
  }

  @Test
  void ruleFindingsGetTheLineAndColumnOfTheirProperty() {
    // 500154130201 is a village-level code (2xx: a village), recorded as a community: territory.village.kind-mismatch
    String village = "{\"type\":\"village\",\"code\":\"500154001201\",\"name\":\"顶星村\",\"kind\":\"COMMUNITY\","
        + "\"townshipCode\":\"500154001000\"}";
    String text = lines(TOWNSHIP, village);
    StreamReport report = run(STREAMING, text);
    List<Finding> kind = withCode(report, "territory.village.kind-mismatch");
    assertThat(kind).singleElement()
        .satisfies(f -> assertThat(f.location()).isEqualTo(at("/kind", text, "\"COMMUNITY\"")));
  }

  @Test
  void listenerSeesEveryRecordAndFindingInOrder() {
    List<String> events = new ArrayList<>();
    String text = lines(TOWNSHIP, "nope", JINZHOU);
    StreamReport report = STREAMING.validate(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        new StreamListener() {
          @Override
          public void record(RecordOutcome outcome) {
            events.add("record " + outcome.number() + " " + outcome.status());
          }

          @Override
          public void finding(StreamFinding finding) {
            events.add("finding " + finding.record() + " " + finding.finding().code());
          }

          @Override
          public void end(StreamReport end) {
            events.add("end " + end.summary().records());
          }
        });
    assertThat(events).containsExactly("record 1 VALID", "record 2 UNREADABLE", "finding 2 json.syntax",
        "record 3 VALID", "end 3");
    assertThat(report.summary().findingsBySeverity().get(Severity.ERROR)).isEqualTo(1);
  }
}

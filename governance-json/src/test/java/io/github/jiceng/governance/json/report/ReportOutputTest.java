package io.github.jiceng.governance.json.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.jiceng.governance.json.JsonSchemas;
import io.github.jiceng.governance.json.canonical.CanonicalJson;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON report, the NDJSON of findings and the text summary: valid against their schemas, deterministic, hashed. */
class ReportOutputTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final RecordStreamValidator STREAMING = RecordStreamValidator.builder(
      Validator.builder(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1)).build()).build();
  private static final String INPUT = String.join("\n",
      "{\"type\":\"township\",\"code\":\"500154001000\",\"name\":\"汉丰街道\",\"kind\":\"STREET\",\"districtCode\":\"500154000000\"}",
      "{\"type\":\"village\",\"code\":\"500154001201\",\"name\":\"顶星村\",\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154001000\"}",
      "{\"type\":\"village\",\"code\":",
      "{\"type\":\"village\",\"code\":\"500154130001\",\"name\":\"皓月社区\",\"kind\":\"COMMUNITY\",\"townshipCode\":\"500154130000\"}",
      "");

  private static final class Outputs {
    final ByteArrayOutputStream report = new ByteArrayOutputStream();
    final ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
    JsonReportWriter reportWriter;
    StreamReport result;
  }

  private static Outputs run() {
    Outputs outputs = new Outputs();
    outputs.reportWriter = new JsonReportWriter(outputs.report);
    NdjsonFindingWriter ndjson = new NdjsonFindingWriter(outputs.ndjson);
    outputs.result = STREAMING.validate(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)),
        new StreamListener() {
          @Override
          public void finding(io.github.jiceng.governance.json.stream.StreamFinding finding) {
            outputs.reportWriter.finding(finding);
            ndjson.finding(finding);
          }

          @Override
          public void end(StreamReport report) {
            outputs.reportWriter.end(report);
            ndjson.end(report);
          }
        });
    return outputs;
  }

  @Test
  void reportValidatesAgainstItsSchemaAndIsCanonical() throws IOException {
    Outputs outputs = run();
    String text = outputs.report.toString(StandardCharsets.UTF_8);
    JsonNode report = JSON.readTree(text);
    Schema schema = REGISTRY.getSchema(JsonSchemas.named(JsonSchemas.REPORT).orElseThrow());
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report.get("findings")).hasSize((int) outputs.result.summary().findings());
    assertThat(report.get("summary").get("records").asLong()).isEqualTo(4);
    assertThat(report.get("input").get("sha256").textValue())
        .isEqualTo(CanonicalJson.sha256(INPUT.getBytes(StandardCharsets.UTF_8)));
    assertThat(text).endsWith("\n");
    String body = text.substring(0, text.length() - 1);
    assertThat(CanonicalJson.canonicalize(body)).isEqualTo(body);
    assertThat(outputs.reportWriter.sha256()).isEqualTo(CanonicalJson.sha256(body));
  }

  @Test
  void sameInputGivesTheSameBytes() {
    assertThat(run().report.toByteArray()).isEqualTo(run().report.toByteArray());
    assertThat(run().ndjson.toByteArray()).isEqualTo(run().ndjson.toByteArray());
  }

  @Test
  void reportObjectWritesTheSameDocumentAsTheListener() {
    Outputs outputs = run();
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    String hash = JsonReportWriter.write(outputs.result, again);
    assertThat(again.toByteArray()).isEqualTo(outputs.report.toByteArray());
    assertThat(hash).isEqualTo(outputs.reportWriter.sha256());
  }

  @Test
  void everyNdjsonLineIsAFindingOfTheSchema() throws IOException {
    Outputs outputs = run();
    Schema finding = REGISTRY.getSchema(JsonSchemas.named(JsonSchemas.FINDING).orElseThrow());
    String[] lines = outputs.ndjson.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize((int) outputs.result.summary().findings());
    for (String line : lines) {
      assertThat(finding.validate(JSON.readTree(line))).as(line).isEmpty();
    }
    assertThat(lines[0]).contains("\"record\":2").contains("\"code\":\"territory.village.kind-mismatch\"");
  }

  @Test
  void severalInputsGiveSourcesAndAnInputsListThatValidateAgainstVersion11(@TempDir Path folder) throws IOException {
    String[] lines = INPUT.split("\n");
    Path first = Files.writeString(folder.resolve("territory.ndjson"), lines[0] + "\n" + lines[1] + "\n");
    Path second = Files.writeString(folder.resolve("villages.ndjson"), lines[2] + "\n" + lines[3] + "\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonReportWriter writer = new JsonReportWriter(out);
    StreamReport result = STREAMING.validate(List.of(first, second), writer);
    JsonNode report = JSON.readTree(out.toString(StandardCharsets.UTF_8));
    Schema schema = REGISTRY.getSchema(JsonSchemas.named(JsonSchemas.REPORT).orElseThrow());
    assertThat(schema.validate(report)).isEmpty();
    assertThat(report.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.get("formatMinorVersion").asInt()).isEqualTo(1);
    assertThat(report.get("inputs")).hasSize(2);
    assertThat(report.get("inputs").get(1).get("name").textValue()).isEqualTo("villages.ndjson");
    assertThat(report.get("inputs").get(1).get("records").asLong()).isEqualTo(2);
    assertThat(report.get("inputs").get(1).get("unreadable").asLong()).isEqualTo(1);
    assertThat(report.get("findings")).extracting(f -> f.get("source").textValue() + ":" + f.get("code").textValue())
        .containsExactly("territory.ndjson:territory.village.kind-mismatch", "villages.ndjson:json.syntax",
            "villages.ndjson:territory.unit.parent-missing");
    assertThat(TextSummary.render(result, Locale.ENGLISH)).contains(
        "\n  territory.ndjson: 2 records, 2 valid, 0 with errors, 0 unreadable; 1 finding (NDJSON, NONE, ",
        "\n  villages.ndjson: 2 records, 0 valid, 1 with errors, 1 unreadable; 2 findings (NDJSON, NONE, ");
    assertThat(TextSummary.render(result, Locale.SIMPLIFIED_CHINESE))
        .contains("\n  villages.ndjson：记录 2 条，有效 0 条，有错误 1 条，无法读取 1 条；问题 2 条（NDJSON, NONE, ");
    // the single-input report has no inputs and no sources
    assertThat(JSON.readTree(run().report.toString(StandardCharsets.UTF_8)).has("inputs")).isFalse();
  }

  @Test
  void textSummaryCountsEverything() {
    StreamReport report = run().result;
    String english = TextSummary.render(report, Locale.ENGLISH);
    assertThat(english).startsWith("Records: 4 read, 2 valid, 1 with errors, 1 unreadable\nFindings: 2 ERROR, 1 WARNING, 0 INFO (0 suppressed)\n")
        .contains("  json.syntax: 1\n").contains("  territory.unit.parent-missing: 1\n")
        .contains("Rule pack: cn " + StandardPacks.VERSION + "\n");
    assertThat(TextSummary.render(report, Locale.SIMPLIFIED_CHINESE)).startsWith("记录：读取 4 条，有效 2 条");
  }
}

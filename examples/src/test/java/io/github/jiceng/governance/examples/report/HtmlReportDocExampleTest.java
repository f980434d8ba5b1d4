package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java example of docs/html-report.md, as written there, on a small file. */
class HtmlReportDocExampleTest {
  @TempDir
  Path dir;

  @Test
  void theDocumentedCallWritesAReport() throws IOException {
    Path input = dir.resolve("district.ndjson");
    Files.writeString(input, Records.ndjson(List.of(Township.of(DivisionCode.parse("500154101000"), "满月镇"),
        Village.of(DivisionCode.parse("500154101201"), "顶星村"))));
    Path output = dir.resolve("report.html");

    // as in docs/html-report.md, with the paths of this test
    RulePack pack = StandardPacks.chongqing();
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    RecordStreamValidator streaming = RecordStreamValidator.builder(Validator.builder(pack).asOf(asOf).build())
        .build();

    DistrictFactsListener facts = DistrictFactsListener.forPack(pack, asOf);
    StreamReport report = streaming.validate(input, facts);
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      HtmlReport.write(report, facts.facts(), Locale.SIMPLIFIED_CHINESE, out);
    }

    assertThat(Files.readString(output)).startsWith("<!DOCTYPE html>").contains("满月镇")
        .contains("data-code=\"500154101000\" data-villages=\"1\" data-with-room=\"0\" data-station=\"no\"");
  }
}

package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Writes the sample district's report to {@code target/sample-report.html} (zh-CN) and
 * {@code target/sample-report-en.html}, the files of the screenshot command in docs/html-report.md.
 */
class SampleDistrictReportTest {
  @Test
  void writesTheSampleReportsWithEveryChartFilled() throws IOException {
    SampleDistrictReport.Result sample = SampleDistrictReport.validate();
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      StringWriter html = new StringWriter();
      sample.write(locale, html);
      Path file = Path.of("target", locale.getLanguage().equals("zh") ? "sample-report.html"
          : "sample-report-en.html");
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        out.write(html.toString());
      }
      String text = html.toString();

      assertThat(text).contains("开州区").contains("data-station=\"no\"").contains("data-station=\"yes\"")
          .contains("<tr class=\"finding\"").doesNotContain("data-count=\"0\" x=");
    }
  }
}

package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.rules.Severity;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium}), driven over the DevTools Protocol: the
 * sample district's page loads without console errors, the filter and the selects hide rows, and the three charts
 * are drawn with a bar per township, funnel step and covenant state. Without Chromium the test is skipped, unless
 * the environment variable {@code CI} is set, where it fails.
 */
class HtmlReportBrowserTest {
  private static final String VISIBLE_ROWS =
      "document.querySelectorAll('#findings-table tbody tr.finding:not([hidden])').length";

  @TempDir
  Path dir;

  @BeforeEach
  void requireChromium() {
    if (Files.isExecutable(HeadlessChromium.BINARY)) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail("CI is set but " + HeadlessChromium.BINARY + " is missing; .ci/run installs it with"
          + " apt-get install -y chromium chromium-driver");
    }
    Assumptions.assumeTrue(false, "skipped: Chromium is not installed at " + HeadlessChromium.BINARY
        + " (apt-get install -y chromium chromium-driver, as .ci/run does)");
  }

  @Test
  void theSampleDistrictReportWorksInABrowser() throws Exception {
    SampleDistrictReport.Result sample = SampleDistrictReport.validate();
    List<StreamFinding> findings = sample.report().findings();
    long townships = SampleDistrictReport.records().stream().filter(Township.class::isInstance).count();
    Path page = dir.resolve("report.html");
    try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      sample.write(Locale.SIMPLIFIED_CHINESE, out);
    }

    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.open(page.toUri().toString());

      assertThat(browser.evaluate("document.title").asText()).isEqualTo("开州区 · 基层治理数据检查报告");
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(findings.size()).isGreaterThan(20);

      browser.evaluate("document.getElementById('filter').focus()");
      browser.type("covenant.filing.late");
      long late = count(findings, f -> f.finding().code().value().equals("covenant.filing.late"));
      assertThat(late).isBetween(1L, findings.size() - 1L);
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(late);
      assertThat(browser.evaluate("document.getElementById('shown-count').textContent").asText())
          .isEqualTo(String.valueOf(late));

      browser.evaluate("var f = document.getElementById('filter'); f.value = '';"
          + " f.dispatchEvent(new Event('input'))");
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(findings.size());
      select(browser, "severity-filter", "WARNING");
      long warnings = count(findings, f -> f.finding().severity() == Severity.WARNING);
      assertThat(warnings).isBetween(1L, findings.size() - 1L);
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(warnings);
      select(browser, "area-filter", "territory");
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isEqualTo(count(findings,
          f -> f.finding().severity() == Severity.WARNING && f.finding().code().value().startsWith("territory.")))
          .isEqualTo(1);
      select(browser, "severity-filter", "ERROR");
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt()).isZero();
      select(browser, "severity-filter", "");
      browser.evaluate("document.querySelector('#summary-table tr[data-area=\"covenant\"]').click()");
      assertThat(browser.evaluate("document.getElementById('area-filter').value").asText()).isEqualTo("covenant");
      assertThat(browser.evaluate(VISIBLE_ROWS).asInt())
          .isEqualTo(count(findings, f -> f.finding().code().value().startsWith("covenant.")));

      assertThat(browser.evaluate("document.querySelectorAll('#chart-coverage g.coverage-bar').length").asLong())
          .isEqualTo(townships).isGreaterThan(30);
      assertThat(browser.evaluate("document.querySelectorAll('#chart-coverage circle.station-no').length").asInt())
          .isEqualTo(2); // the sample removes two townships' stations
      assertThat(browser.evaluate("document.querySelectorAll('#chart-funnel rect.funnel-step').length").asInt())
          .isEqualTo(5);
      assertThat(browser.evaluate("document.querySelectorAll('#chart-covenants rect.covenant-bar').length").asInt())
          .isEqualTo(6);
      assertThat(browser.evaluate("document.querySelector('#chart-funnel rect.funnel-step').getBBox().width")
          .asDouble()).isPositive();
      assertThat(browser.evaluate("document.getElementById('chart-coverage').getBoundingClientRect().height")
          .asDouble()).isGreaterThan(200);
      assertThat(browser.errors()).as("console errors, exceptions and error log entries").isEmpty();
    }
  }

  @Test
  void hostileRecordsStayText() throws Exception {
    Path page = dir.resolve("hostile.html");
    try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      out.write(HtmlReportTest.hostileHtml());
    }

    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.open(page.toUri().toString());

      assertThat(browser.evaluate("document.querySelectorAll('img, b[onclick], script').length").asInt())
          .isEqualTo(1); // only the report's own script
      assertThat(browser.evaluate("document.body.textContent.includes(\"<script>alert('x')</script>\")")
          .asBoolean()).isTrue();
      assertThat(browser.errors()).isEmpty();
    }
  }

  @Test
  void theErrorCheckSeesALoadThePolicyBlocks() throws Exception {
    Path page = dir.resolve("tampered.html");
    Files.writeString(page, HtmlReportTest.hostileHtml().replace("</main>",
        "<p style=\"color: red\">tampered</p><img src=\"http://192.0.2.1/pixel.png\" alt=\"\"></main>"));

    try (HeadlessChromium browser = HeadlessChromium.start()) {
      browser.open(page.toUri().toString());

      assertThat(browser.errors()).isNotEmpty()
          .allSatisfy(e -> assertThat(e.toString()).contains("Content Security Policy"));
    }
  }

  private static void select(HeadlessChromium browser, String id, String value) throws Exception {
    browser.evaluate("var s = document.getElementById('" + id + "'); s.value = '" + value + "';"
        + " s.dispatchEvent(new Event('change'))");
    assertThat(browser.evaluate("document.getElementById('" + id + "').value").asText()).isEqualTo(value);
  }

  private static long count(List<StreamFinding> findings, Predicate<StreamFinding> test) {
    return findings.stream().filter(test).count();
  }
}

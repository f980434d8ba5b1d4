package io.github.jiceng.governance.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantKind;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final String HOSTILE_PROPERTY = "<script>alert('x')</script>";
  private static final String HOSTILE_NAME = "<img src=x onerror=alert(1)>镇";
  private static final String HOSTILE_ID = "<b onclick=alert(2)>C-1</b>";

  /**
   * Records with a hostile township name, a hostile unknown property, a covenant with a hostile id (findings about
   * its missing content areas) and a broken line.
   */
  private static String hostileInput() {
    String village = Records.ndjson(List.of(Village.of(DivisionCode.parse("500154101201"), "顶星村")));
    Covenant covenant = Covenant.builder().id(HOSTILE_ID).kind(CovenantKind.VILLAGE_RULES)
        .unit(DivisionCode.parse("500154101201")).unitName("顶星村").title("顶星村村规民约").version(1)
        .addClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT)).build();
    return Records.ndjson(List.of(Township.of(DivisionCode.parse("500154101000"), HOSTILE_NAME), covenant))
        + village.replace("{\"type\":\"village\",", "{\"type\":\"village\",\"" + HOSTILE_PROPERTY.replace("'", "\\u0027")
            + "\":1,")
        + "{\"type\":\"village\",\n";
  }

  /** Returns the English report of {@link #hostileInput()}. */
  static String hostileHtml() throws IOException {
    return html(hostileInput(), 100, Locale.ENGLISH);
  }

  private static String html(String ndjson, int kept, Locale locale) throws IOException {
    DistrictFactsListener listener = new DistrictFactsListener(AS_OF, 0);
    StreamReport report = Records.validate(ndjson, StandardPacks.national(), AS_OF, kept, listener);
    StringWriter out = new StringWriter();
    HtmlReport.builder(report, listener.facts()).locale(locale).inputs(List.of("district.ndjson")).write(out);
    return out.toString();
  }

  @Test
  void hostileTextFromRecordsIsEscaped() throws IOException {
    DistrictFactsListener listener = new DistrictFactsListener(AS_OF, 0);
    StreamReport report = Records.validate(hostileInput(), StandardPacks.national(), AS_OF, 100, listener);
    assertThat(report.findings()).extracting(f -> f.finding().message(Locale.ENGLISH))
        .anyMatch(message -> message.contains(HOSTILE_PROPERTY)); // the precondition: a message carries it
    StringWriter out = new StringWriter();
    HtmlReport.write(report, listener.facts(), Locale.ENGLISH, out);
    String html = out.toString();

    assertThat(html).doesNotContain(HOSTILE_PROPERTY).doesNotContain("<img")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("&lt;img src=x onerror=alert(1)&gt;镇").doesNotContain("<b onclick")
        .contains("covenant/<wbr>&lt;b onclick=alert(2)&gt;C-1&lt;/<wbr>b&gt;");
    assertThat(count(html, "<script")).isEqualTo(1); // only the report's own script
  }

  @Test
  void hasARowPerKeptFindingWithItsLocationAndATruncationNote() throws IOException {
    String all = html(hostileInput(), 100, Locale.ENGLISH);
    String two = html(hostileInput(), 2, Locale.ENGLISH);
    DistrictFactsListener listener = new DistrictFactsListener(AS_OF, 0);
    StreamReport report = Records.validate(hostileInput(), StandardPacks.national(), AS_OF, 100, listener);
    StreamFinding first = report.findings().get(0);

    assertThat(report.findings()).hasSizeGreaterThan(2);
    assertThat(count(all, "<tr class=\"finding\"")).isEqualTo(report.findings().size());
    assertThat(all).doesNotContain("id=\"truncated\"")
        .contains("district.ndjson:<wbr>" + first.finding().location().line().getAsInt() + ":"
            + first.finding().location().column().getAsInt());
    assertThat(count(two, "<tr class=\"finding\"")).isEqualTo(2);
    assertThat(two).contains("id=\"truncated\"").contains("The report kept the first 2 findings; "
        + (report.findings().size() - 2) + " more are not listed");
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    assertThat(html(hostileInput(), 100, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(html(hostileInput(), 100, Locale.SIMPLIFIED_CHINESE));
  }

  @Test
  void loadsNothingFromOutsideAndItsPolicyAllowsExactlyItsOwnStyleAndScript() throws Exception {
    String html = html(hostileInput(), 100, Locale.ENGLISH);

    assertThat(html).doesNotContainPattern("(?i)https?:|<[a-z][^>]*\\s(src|href|action|srcset)\\s*=|url\\(|@import|//[a-z]")
        .contains("src=x"); // as escaped text only
    assertThat(policy(html)).contains("default-src 'none'")
        .contains("style-src '" + sha256(between(html, "<style>", "</style>")) + "'")
        .contains("script-src '" + sha256(between(html, "<script>", "</script>")) + "'");
  }

  @Test
  void labelsFollowTheLocale() throws IOException {
    String chinese = html(hostileInput(), 100, Locale.SIMPLIFIED_CHINESE);
    String english = html(hostileInput(), 100, Locale.ENGLISH);

    assertThat(chinese).contains("<html lang=\"zh-CN\">").contains("基层治理数据检查报告").contains("三级服务阵地覆盖")
        .contains("五社联动项目漏斗").contains("逾期未备案").doesNotContain("Findings by area");
    assertThat(english).contains("<html lang=\"en\">").contains("Grassroots governance data validation report")
        .contains("Three-tier coverage by township").contains("overdue for filing").doesNotContain("问题清单");
  }

  @Test
  void chartsHaveABarPerTownshipStepAndState() throws IOException {
    DistrictFacts facts = DistrictFacts.builder(AS_OF)
        .addTownship(TownshipCoverage.of(DivisionCode.parse("500154101000"), Optional.of("满月镇"), 9, 8, 8, 1))
        .addTownship(TownshipCoverage.of(DivisionCode.parse("500154102000"), Optional.empty(), 4, 0, 0, 0))
        .projects(FunnelStage.DESIGN, 2).projects(FunnelStage.VOLUNTEERS, 3)
        .covenants(CovenantState.OVERDUE, 4).build();
    StreamReport report = Records.validate("", StandardPacks.national(), AS_OF, 100, new DistrictFactsListener(
        AS_OF, 0));
    StringWriter out = new StringWriter();
    HtmlReport.write(report, facts, Locale.ENGLISH, out);
    String html = out.toString();

    assertThat(count(html, "<g class=\"coverage-bar\"")).isEqualTo(2);
    assertThat(html).contains("data-code=\"500154101000\" data-villages=\"9\" data-with-room=\"8\" data-station=\"yes\"")
        .contains("data-code=\"500154102000\" data-villages=\"4\" data-with-room=\"0\" data-station=\"no\"")
        .contains(">500154102000</text>")
        .contains("data-stage=\"NEED\" data-count=\"5\"").contains("data-stage=\"DESIGN\" data-count=\"5\"")
        .contains("data-stage=\"IMPLEMENTATION\" data-count=\"3\"")
        .contains("data-stage=\"VOLUNTEERS\" data-count=\"3\"")
        .contains("data-state=\"OVERDUE\" data-count=\"4\"").contains("data-state=\"FILED\" data-count=\"0\"")
        .contains("No findings.");
    assertThat(count(html, "class=\"funnel-step\"")).isEqualTo(5);
    assertThat(count(html, "class=\"covenant-bar\"")).isEqualTo(6);
  }

  private static String policy(String html) {
    Matcher m = Pattern.compile("http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").matcher(html);
    assertThat(m.find()).as("the page has a Content-Security-Policy").isTrue();
    return m.group(1);
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start) + start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static String sha256(String text) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}

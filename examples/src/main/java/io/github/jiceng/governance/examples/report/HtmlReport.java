package io.github.jiceng.governance.examples.report;

import static io.github.jiceng.governance.examples.report.HtmlText.escape;

import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.json.stream.StreamSummary;
import io.github.jiceng.governance.rules.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The self-contained HTML report of a streaming validation (HTML 检查报告): one file with its CSS, script and charts
 * inline, which opens offline and loads nothing (its Content-Security-Policy allows only its own style and script).
 * It shows the input and result summary, the findings by area and severity, three inline SVG charts from {@link
 * DistrictFacts} (three-tier coverage by township, the linkage project funnel and covenant status) and a filterable
 * findings table. In Chinese or English. Every text from the records is HTML-escaped; messages are the findings'
 * own, with personal data masked. The same report, facts and options give the same bytes.
 *
 * <pre>{@code
 * DistrictFactsListener facts = DistrictFactsListener.forPack(pack, asOf);
 * StreamReport report = streaming.validate(path, facts);
 * try (Writer out = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReport.write(report, facts.facts(), Locale.SIMPLIFIED_CHINESE, out);
 * }
 * }</pre>
 */
public final class HtmlReport {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String POLICY = "default-src 'none'; style-src '" + sha256(CSS) + "'; script-src '"
      + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

  private final StreamReport report;
  private final DistrictFacts facts;
  private final Locale locale;
  private final List<String> inputs;

  private HtmlReport(Builder builder) {
    this.report = builder.report;
    this.facts = builder.facts;
    this.locale = builder.locale;
    this.inputs = builder.inputs;
  }

  /**
   * Writes the report of a validation. The writer is flushed, not closed.
   *
   * @param report the validation's report, not null
   * @param facts the district facts collected in the same run, not null; {@link DistrictFacts#empty} for none
   * @param locale the language: Chinese for Chinese locales, English otherwise; not null
   * @param out the output, not null
   * @throws IOException if writing fails
   */
  public static void write(StreamReport report, DistrictFacts facts, Locale locale, Writer out) throws IOException {
    builder(report, facts).locale(locale).write(out);
  }

  /**
   * Starts a report with more options: the names of the input files.
   *
   * @param report the validation's report, not null
   * @param facts the district facts collected in the same run, not null
   * @return a builder, in English until a locale is set
   */
  public static Builder builder(StreamReport report, DistrictFacts facts) {
    return new Builder(report, facts);
  }

  /** Returns {@code "ERROR 错误"} in Chinese, {@code "ERROR"} in English. */
  static String severityLabel(Severity severity, Locale locale) {
    return chinese(locale) ? severity.name() + " " + severity.displayName(locale) : severity.name();
  }

  static boolean chinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }

  private void write(Writer out) throws IOException {
    String title = facts.districtName().map(name -> name + " · ").orElse("") + Label.TITLE.displayName(locale);
    out.write("<!DOCTYPE html>\n<html lang=\"" + (chinese(locale) ? "zh-CN" : "en") + "\">\n<head>\n"
        + "<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
        + "</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n");
    out.write("<header><h1>" + escape(title) + "</h1><p>" + escape(Label.AS_OF.displayName(locale) + " "
        + facts.asOf() + " · " + Label.PACK.displayName(locale) + " " + report.packId() + " "
        + report.packVersion()) + "</p></header>\n<main>\n");
    input(out);
    summary(out);
    charts(out);
    new FindingsTable(report, locale, inputs.size() == 1 ? Optional.of(inputs.get(0)) : Optional.empty())
        .write(out);
    out.write("</main>\n<footer>" + escape(Label.FOOTER.displayName(locale)) + "</footer>\n<script>" + SCRIPT
        + "</script>\n</body>\n</html>\n");
    out.flush();
  }

  private void input(Writer out) throws IOException {
    StreamSummary s = report.summary();
    out.write("<section id=\"input\"><h2>" + text(Label.INPUT) + "</h2>\n<div class=\"tiles\">");
    tile(out, "records-read", "", s.records(), Label.RECORDS_READ.displayName(locale));
    tile(out, "records-valid", "", s.valid(), Label.VALID.displayName(locale));
    tile(out, "records-with-errors", "", s.withErrors(), Label.WITH_ERRORS.displayName(locale));
    tile(out, "records-unreadable", "", s.unreadable(), Label.UNREADABLE.displayName(locale));
    for (Severity severity : Severity.values()) {
      tile(out, "findings-" + severity.name().toLowerCase(Locale.ROOT), severity.name().toLowerCase(Locale.ROOT),
          s.findingsBySeverity().get(severity), severityLabel(severity, locale));
    }
    out.write("</div>\n<dl>");
    item(out, Label.INPUT_FILES, inputs.isEmpty() ? text(Label.NOT_GIVEN) : escape(String.join(", ", inputs)));
    item(out, Label.INPUT_CONTENT, escape(s.format().name() + ", " + s.compression().name() + ", "
        + s.inputBytes() + " " + text(Label.BYTES)));
    out.write("<dt>SHA-256</dt><dd><code id=\"input-sha256\">" + escape(s.inputSha256()) + "</code></dd>");
    item(out, Label.RECORDS, escape(s.records() + " " + text(Label.READ) + ", " + s.valid() + " "
        + text(Label.VALID) + ", " + s.withErrors() + " " + text(Label.WITH_ERRORS) + ", " + s.unreadable() + " "
        + text(Label.UNREADABLE)));
    item(out, Label.FINDINGS_TOTAL, escape(s.findings() + Label.SUPPRESSED_COUNT.format(locale, s.suppressed())));
    item(out, Label.PACK, escape(report.packId() + " " + report.packVersion()));
    item(out, Label.AS_OF, escape(facts.asOf().toString()));
    item(out, Label.FILING_DEADLINE, escape(facts.filingDeadlineDays().isPresent()
        ? Label.DAYS_AFTER_VOTE.format(locale, facts.filingDeadlineDays().getAsInt())
        : text(Label.NO_DEADLINE)));
    out.write("</dl></section>\n");
  }

  private void summary(Writer out) throws IOException {
    SortedMap<String, Map<Severity, Long>> byArea = facts.findingsByArea();
    boolean fromFacts = facts.findingsCounted() == report.summary().findings();
    if (!fromFacts) {
      byArea = new TreeMap<>();
      for (StreamFinding located : report.findings()) {
        byArea.computeIfAbsent(located.finding().code().area(), a -> new EnumMap<>(Severity.class))
            .merge(located.finding().severity(), 1L, Long::sum);
      }
    }
    out.write("<section id=\"summary\"><h2>" + text(Label.SUMMARY) + "</h2>\n");
    if (!fromFacts) {
      out.write("<p class=\"note\">" + escape(Label.SUMMARY_FROM_KEPT.format(locale, report.findings().size()))
          + "</p>\n");
    }
    out.write("<table id=\"summary-table\"><thead><tr><th>" + text(Label.AREA) + "</th>");
    for (Severity severity : Severity.values()) {
      out.write("<th class=\"num\">" + escape(severityLabel(severity, locale)) + "</th>");
    }
    out.write("<th class=\"num\">" + text(Label.TOTAL) + "</th></tr></thead><tbody>\n");
    Map<Severity, Long> totals = new EnumMap<>(Severity.class);
    for (Map.Entry<String, Map<Severity, Long>> entry : byArea.entrySet()) {
      out.write("<tr data-area=\"" + escape(entry.getKey()) + "\"><td>"
          + escape(RuleArea.describe(entry.getKey(), locale)) + "</td>");
      long sum = 0;
      for (Severity severity : Severity.values()) {
        long count = entry.getValue().getOrDefault(severity, 0L);
        totals.merge(severity, count, Long::sum);
        sum += count;
        out.write("<td class=\"num\">" + count + "</td>");
      }
      out.write("<td class=\"num\"><b>" + sum + "</b></td></tr>\n");
    }
    out.write("</tbody><tfoot><tr><th>" + text(Label.TOTAL) + "</th>");
    long all = 0;
    for (Severity severity : Severity.values()) {
      long count = totals.getOrDefault(severity, 0L);
      all += count;
      out.write("<th class=\"num\">" + count + "</th>");
    }
    out.write("<th class=\"num\">" + all + "</th></tr></tfoot></table></section>\n");
  }

  private void charts(Writer out) throws IOException {
    out.write("<section id=\"charts\"><h2>" + text(Label.CHARTS) + "</h2>\n");
    out.write("<h3>" + text(Label.COVERAGE) + "</h3><p class=\"note\">" + text(Label.COVERAGE_NOTE) + "</p>"
        + "<div class=\"legend\"><span><i class=\"swatch filled\"></i>" + text(Label.VILLAGES_WITH_ROOM_LEGEND)
        + "</span><span><i class=\"swatch empty\"></i>" + text(Label.VILLAGES_LEGEND) + "</span><span>"
        + "<i class=\"swatch dot yes\"></i>" + text(Label.STATION_YES) + "</span><span><i class=\"swatch dot\"></i>"
        + text(Label.STATION_NO) + "</span></div>\n");
    out.write(SvgCharts.coverage(facts.townships(), locale) + "\n");
    out.write("<div class=\"grid\"><div><h3>" + text(Label.FUNNEL) + "</h3><p class=\"note\">"
        + text(Label.FUNNEL_NOTE) + "</p>\n" + SvgCharts.funnel(facts, locale) + "\n<p class=\"note\">"
        + escape(Label.PROJECTS_WITHOUT_STAGE.format(locale, facts.projectsWithoutStage())) + "</p></div>\n");
    out.write("<div><h3>" + text(Label.COVENANTS) + "</h3><p class=\"note\">" + text(Label.COVENANTS_NOTE)
        + "</p>\n" + SvgCharts.covenants(facts, locale) + "\n<p class=\"note\">"
        + escape(Label.COVENANTS_NOT_CURRENT.format(locale, facts.covenantsNotCurrent())) + "</p></div></div>");
    out.write("</section>\n");
  }

  private void tile(Writer out, String id, String kind, long value, String caption) throws IOException {
    out.write("<div class=\"tile" + (kind.isEmpty() ? "" : " " + kind) + "\" id=\"" + id + "\"><b>" + value
        + "</b><span>" + escape(caption) + "</span></div>");
  }

  private void item(Writer out, Label label, String escapedValue) throws IOException {
    out.write("<dt>" + text(label) + "</dt><dd>" + escapedValue + "</dd>");
  }

  private String text(Label label) {
    return escape(label.displayName(locale));
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing next to " + HtmlReport.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Builds and writes an {@link HtmlReport}. Not thread-safe. */
  public static final class Builder {
    private final StreamReport report;
    private final DistrictFacts facts;
    private Locale locale = Locale.ENGLISH;
    private List<String> inputs = List.of();

    private Builder(StreamReport report, DistrictFacts facts) {
      this.report = Objects.requireNonNull(report, "report");
      this.facts = Objects.requireNonNull(facts, "facts");
    }

    /**
     * Sets the language.
     *
     * @param locale Chinese for Chinese locales, English otherwise; not null
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the names of the input files, as the user gave them; with exactly one, findings' locations read
     * {@code file:line:column}.
     *
     * @param names the names, none null
     * @return this builder
     */
    public Builder inputs(List<String> names) {
      this.inputs = List.copyOf(Objects.requireNonNull(names, "names"));
      return this;
    }

    /**
     * Writes the report. The writer is flushed, not closed.
     *
     * @param out the output, not null
     * @throws IOException if writing fails
     */
    public void write(Writer out) throws IOException {
      new HtmlReport(this).write(Objects.requireNonNull(out, "out"));
    }
  }

  /** Returns for example {@code "HtmlReport[cn 2026.11, 2026-06-30, en]"}. */
  @Override
  public String toString() {
    return "HtmlReport[" + report.packId() + " " + report.packVersion() + ", " + facts.asOf() + ", "
        + locale.toLanguageTag() + "]";
  }
}

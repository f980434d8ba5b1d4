package io.github.jiceng.governance.examples.report;

import static io.github.jiceng.governance.examples.report.HtmlText.escape;

import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The findings section of the HTML report (问题清单): the filter controls and one table row per kept finding, with
 * the rule id, severity, subject, location, JSON Pointer and the message in the report's language. The rows carry
 * {@code data-severity} and {@code data-area} for the page's script.
 */
final class FindingsTable {
  private final StreamReport report;
  private final Locale locale;
  private final Optional<String> input;

  /**
   * Creates the section.
   *
   * @param report the report
   * @param locale the language
   * @param input the name of the single input file, shown before line and column, or empty
   */
  FindingsTable(StreamReport report, Locale locale, Optional<String> input) {
    this.report = report;
    this.locale = locale;
    this.input = input;
  }

  void write(Writer out) throws IOException {
    out.write("<section id=\"findings\"><h2>" + escape(Label.FINDINGS.displayName(locale)) + "</h2>\n");
    out.write("<div class=\"controls\"><input id=\"filter\" type=\"search\" autocomplete=\"off\" aria-label=\""
        + escape(Label.FILTER.displayName(locale)) + "\" placeholder=\""
        + escape(Label.FILTER_PLACEHOLDER.displayName(locale)) + "\">");
    out.write("<select id=\"severity-filter\" aria-label=\"" + escape(Label.SEVERITY.displayName(locale)) + "\">"
        + option("", Label.SEVERITY.displayName(locale) + ": " + Label.ALL.displayName(locale)));
    for (Severity severity : Severity.values()) {
      out.write(option(severity.name(), HtmlReport.severityLabel(severity, locale)));
    }
    out.write("</select><select id=\"area-filter\" aria-label=\"" + escape(Label.AREA.displayName(locale)) + "\">"
        + option("", Label.AREA.displayName(locale) + ": " + Label.ALL.displayName(locale)));
    SortedSet<String> areas = new TreeSet<>();
    report.findings().forEach(f -> areas.add(f.finding().code().area()));
    for (String area : areas) {
      out.write(option(area, RuleArea.describe(area, locale)));
    }
    out.write("</select><span class=\"count\">" + escape(Label.SHOWN.displayName(locale))
        + " <b id=\"shown-count\">" + report.findings().size() + "</b> / <span id=\"kept-count\">"
        + report.findings().size() + "</span></span></div>\n");
    if (report.droppedFindings() > 0) {
      out.write("<p class=\"note warn\" id=\"truncated\">" + escape(Label.TRUNCATED.format(locale,
          report.findings().size(), report.droppedFindings())) + "</p>\n");
    }
    if (report.findings().isEmpty()) {
      out.write("<p class=\"note\" id=\"no-findings\">" + escape(Label.NO_FINDINGS.displayName(locale)) + "</p>\n");
    }
    out.write("<div class=\"scroll\"><table id=\"findings-table\"><thead><tr>");
    for (Label column : new Label[] {Label.COL_RECORD, Label.COL_RULE, Label.SEVERITY, Label.COL_SUBJECT,
        Label.COL_LOCATION, Label.COL_POINTER, Label.COL_MESSAGE}) {
      out.write("<th" + (column == Label.COL_RECORD ? " class=\"num\"" : "") + ">"
          + escape(column.displayName(locale)) + "</th>");
    }
    out.write("</tr></thead><tbody>\n");
    for (StreamFinding located : report.findings()) {
      row(located, out);
    }
    out.write("</tbody></table></div></section>\n");
  }

  private void row(StreamFinding located, Writer out) throws IOException {
    Finding finding = located.finding();
    Severity severity = finding.severity();
    String subject = finding.subject().type() + finding.subject().id().map(id -> "/" + id).orElse("");
    out.write("<tr class=\"finding\" data-severity=\"" + severity.name() + "\" data-area=\""
        + escape(finding.code().area()) + "\"><td class=\"num\">" + (located.record() == 0 ? "" : located.record())
        + "</td><td><code>" + breakAfter(escape(finding.code().value()), ".") + "</code></td><td><span class=\"sev sev-"
        + severity.name() + "\">" + escape(severity.displayName(locale)) + "</span></td><td>"
        + breakAfter(escape(subject), "/") + "</td><td class=\"mono\">" + location(located.source().or(() -> input), finding.location()) + "</td><td class=\"mono\">"
        + escape(finding.location().pointer().toString()) + "</td><td>" + escape(finding.message(locale))
        + "</td></tr>\n");
  }

  /**
   * Returns {@code file:line:column} as escaped HTML that may break after the file name, {@code line:column}
   * without a file name, or the file name alone without a line. The file is the finding's own source (a run over
   * several files names it) or else the single input.
   */
  private static String location(Optional<String> file, Location location) {
    if (location.line().isEmpty()) {
      return escape(file.orElse(""));
    }
    String position = location.line().getAsInt()
        + (location.column().isPresent() ? ":" + location.column().getAsInt() : "");
    return file.map(name -> escape(name) + ":<wbr>" + position).orElse(position);
  }

  /** Lets the browser break escaped text after each occurrence of a separator. */
  private static String breakAfter(String escaped, String separator) {
    return escaped.replace(separator, separator + "<wbr>");
  }

  private static String option(String value, String text) {
    return "<option value=\"" + escape(value) + "\">" + escape(text) + "</option>";
  }
}

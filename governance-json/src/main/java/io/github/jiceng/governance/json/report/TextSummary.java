package io.github.jiceng.governance.json.report;

import io.github.jiceng.governance.json.stream.SourceSummary;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.json.stream.StreamSummary;
import io.github.jiceng.governance.rules.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A plain-text summary of a streaming validation for people (文本汇总), in Chinese or English. Deterministic: the same
 * report gives the same text.
 *
 * <pre>
 * Records: 4 read, 2 valid, 1 with errors, 1 unreadable
 * Findings: 3 ERROR, 0 WARNING, 0 INFO (0 suppressed)
 *   json.syntax: 1
 *   territory.unit.parent-missing: 1
 * Input: NDJSON, NONE, 812 bytes, sha256 3a7bd3e2...
 * Rule pack: cn 2026.11
 * </pre>
 *
 * <p>For several inputs validated as one dataset, the input line gives the total and a line per input follows:
 *
 * <pre>
 * Input: NDJSON, NONE, 1630 bytes, sha256 9c1f04aa...
 *   territory.ndjson: 3 records, 3 valid, 0 with errors, 0 unreadable; 0 findings (NDJSON, NONE, 357 bytes)
 *   service.ndjson: 2 records, 1 valid, 0 with errors, 1 unreadable; 1 finding (NDJSON, NONE, 1273 bytes)
 * </pre>
 */
public final class TextSummary {
  private TextSummary() {
  }

  /**
   * Renders a report's summary.
   *
   * @param report the report, not null
   * @param locale the language: Chinese for Chinese locales, English otherwise; not null
   * @return the text, lines ending with a line feed
   */
  public static String render(StreamReport report, Locale locale) {
    Objects.requireNonNull(report, "report");
    boolean chinese = Locale.CHINESE.getLanguage().equals(Objects.requireNonNull(locale, "locale").getLanguage());
    StreamSummary s = report.summary();
    StringBuilder text = new StringBuilder();
    if (chinese) {
      text.append("记录：读取 ").append(s.records()).append(" 条，有效 ").append(s.valid()).append(" 条，有错误 ")
          .append(s.withErrors()).append(" 条，无法读取 ").append(s.unreadable()).append(" 条\n");
      text.append("问题：");
    } else {
      text.append("Records: ").append(s.records()).append(" read, ").append(s.valid()).append(" valid, ")
          .append(s.withErrors()).append(" with errors, ").append(s.unreadable()).append(" unreadable\n");
      text.append("Findings: ");
    }
    boolean firstSeverity = true;
    for (Severity severity : Severity.values()) {
      text.append(firstSeverity ? "" : ", ").append(s.findingsBySeverity().get(severity)).append(' ')
          .append(severity.name());
      firstSeverity = false;
    }
    text.append(chinese ? "（另有 " + s.suppressed() + " 条已豁免）\n" : " (" + s.suppressed() + " suppressed)\n");
    for (Map.Entry<String, Long> entry : s.findingsByCode().entrySet()) {
      text.append("  ").append(entry.getKey()).append(": ").append(entry.getValue()).append('\n');
    }
    text.append(chinese ? "输入：" : "Input: ").append(s.format().name()).append(", ").append(s.compression().name())
        .append(", ").append(s.inputBytes()).append(chinese ? " 字节" : " bytes").append(", sha256 ")
        .append(s.inputSha256()).append('\n');
    for (SourceSummary source : s.sources()) {
      text.append("  ").append(source.name());
      if (chinese) {
        text.append("：记录 ").append(source.records()).append(" 条，有效 ").append(source.valid()).append(" 条，有错误 ")
            .append(source.withErrors()).append(" 条，无法读取 ").append(source.unreadable()).append(" 条；问题 ")
            .append(source.findings()).append(" 条（");
      } else {
        text.append(": ").append(source.records()).append(" records, ").append(source.valid()).append(" valid, ")
            .append(source.withErrors()).append(" with errors, ").append(source.unreadable()).append(" unreadable; ")
            .append(source.findings()).append(source.findings() == 1 ? " finding (" : " findings (");
      }
      text.append(source.format().name()).append(", ").append(source.compression().name()).append(", ")
          .append(source.inputBytes()).append(chinese ? " 字节）\n" : " bytes)\n");
    }
    text.append(chinese ? "规则包：" : "Rule pack: ").append(report.packId()).append(' ').append(report.packVersion())
        .append('\n');
    if (report.droppedFindings() > 0) {
      text.append(chinese ? "报告中未保留的问题：" : "Findings not kept in the report: ").append(report.droppedFindings())
          .append('\n');
    }
    return text.toString();
  }
}

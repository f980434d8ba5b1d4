package io.github.jiceng.governance.json.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.stream.SourceSummary;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.json.stream.StreamSummary;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Severity;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of findings and report parts, version 1.1 (schemas {@code schemas/finding-1.1.schema.json} and
 * {@code schemas/validation-report-1.1.schema.json}). Written canonically (RFC 8785) by the writers of this package.
 * Version 1.1 adds, for several inputs validated as one dataset, a finding's {@code source}, the report's
 * {@code inputs} and its {@code formatMinorVersion}; a reader of version 1 that ignores unknown properties reads it.
 */
final class ReportJson {
  /** The value of the report's {@code "format"} property. */
  static final String FORMAT = "jiceng-validation-report";
  /** The major version of the report format and of the finding format. */
  static final int VERSION = 1;
  /** The minor version of the report format and of the finding format. */
  static final int MINOR_VERSION = 1;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {
  }

  /**
   * Returns the JSON form of a finding.
   *
   * @param located the finding with its record number
   * @return the object
   */
  static ObjectNode finding(StreamFinding located) {
    Finding finding = located.finding();
    ObjectNode node = NODES.objectNode();
    node.put("record", located.record());
    located.source().ifPresent(source -> node.put("source", source));
    node.put("code", finding.code().value());
    node.put("severity", finding.severity().name());
    ObjectNode subject = node.putObject("subject");
    subject.put("type", finding.subject().type());
    finding.subject().id().ifPresent(id -> subject.put("id", id));
    node.put("pointer", finding.location().pointer().toString());
    finding.location().line().ifPresent(line -> node.put("line", line));
    finding.location().column().ifPresent(column -> node.put("column", column));
    ObjectNode messages = node.putObject("messages");
    messages.put("zh-CN", finding.message(Locale.SIMPLIFIED_CHINESE));
    messages.put("en", finding.message(Locale.ENGLISH));
    ObjectNode attributes = node.putObject("attributes");
    finding.attributes().forEach(attributes::put);
    ArrayNode bases = node.putArray("bases");
    for (LegalBasis basis : finding.legalBases()) {
      ObjectNode b = bases.addObject();
      b.put("instrument", basis.instrument());
      basis.article().ifPresent(article -> b.put("article", article));
      basis.version().ifPresent(version -> b.put("version", version));
      basis.inForce().from().ifPresent(from -> b.put("inForceFrom", from.toString()));
      basis.inForce().until().ifPresent(until -> b.put("inForceUntil", until.toString()));
      b.put("confidence", basis.confidence().name());
      basis.note().ifPresent(note -> b.put("note", note));
    }
    if (finding.packId().isPresent() && finding.packVersion().isPresent()) {
      ObjectNode pack = node.putObject("pack");
      pack.put("id", finding.packId().get());
      pack.put("version", finding.packVersion().get());
    }
    return node;
  }

  /**
   * Returns the properties of a report after its findings: format, version, input, pack and summary.
   *
   * @param report the report
   * @param dropped the number of findings not written
   * @return the object, without {@code "findings"}
   */
  static ObjectNode tail(StreamReport report, long dropped) {
    StreamSummary summary = report.summary();
    ObjectNode node = NODES.objectNode();
    node.put("format", FORMAT);
    node.put("formatVersion", VERSION);
    node.put("formatMinorVersion", MINOR_VERSION);
    ObjectNode input = node.putObject("input");
    input.put("format", summary.format().name());
    input.put("compression", summary.compression().name());
    input.put("bytes", summary.inputBytes());
    input.put("sha256", summary.inputSha256());
    if (!summary.sources().isEmpty()) {
      ArrayNode inputs = node.putArray("inputs");
      for (SourceSummary source : summary.sources()) {
        ObjectNode each = inputs.addObject();
        each.put("name", source.name());
        each.put("format", source.format().name());
        each.put("compression", source.compression().name());
        each.put("bytes", source.inputBytes());
        each.put("sha256", source.inputSha256());
        each.put("records", source.records());
        each.put("valid", source.valid());
        each.put("withErrors", source.withErrors());
        each.put("unreadable", source.unreadable());
        ObjectNode bySeverity = each.putObject("findingsBySeverity");
        for (Severity severity : Severity.values()) {
          bySeverity.put(severity.name(), source.findingsBySeverity().get(severity));
        }
      }
    }
    ObjectNode pack = node.putObject("pack");
    pack.put("id", report.packId());
    pack.put("version", report.packVersion());
    ObjectNode counts = node.putObject("summary");
    counts.put("records", summary.records());
    counts.put("valid", summary.valid());
    counts.put("withErrors", summary.withErrors());
    counts.put("unreadable", summary.unreadable());
    ObjectNode bySeverity = counts.putObject("findingsBySeverity");
    for (Severity severity : Severity.values()) {
      bySeverity.put(severity.name(), summary.findingsBySeverity().get(severity));
    }
    ObjectNode byCode = counts.putObject("findingsByCode");
    for (Map.Entry<String, Long> entry : summary.findingsByCode().entrySet()) {
      byCode.put(entry.getKey(), entry.getValue());
    }
    counts.put("suppressed", summary.suppressed());
    counts.put("droppedFindings", dropped);
    counts.put("distinctIds", summary.distinctIds());
    counts.put("pendingReferences", summary.pendingReferences());
    counts.put("datasetKeys", summary.datasetKeys());
    return node;
  }
}

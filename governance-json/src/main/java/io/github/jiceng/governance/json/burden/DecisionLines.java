package io.github.jiceng.governance.json.burden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.rules.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Writes the NDJSON lines of a bulk admission run ({@link AdmissionBatch} describes them). Not thread-safe. */
final class DecisionLines {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private final OutputStream out;

  DecisionLines(OutputStream out) {
    this.out = out;
  }

  void decision(BatchDecision decided) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("kind", "decision");
    line.put("record", decided.record());
    line.put("line", decided.line());
    line.put("requestId", decided.request().id());
    line.put("outcome", decided.decision().outcome().name());
    ObjectNode explanation = line.putObject("explanation");
    explanation.put("zh-CN", decided.decision().explain(Locale.SIMPLIFIED_CHINESE));
    explanation.put("en", decided.decision().explain(Locale.ENGLISH));
    line.set("decision", MAPPER.valueToTree(decided.decision()));
    findings(line, decided.findings());
    write(line);
  }

  void unreadable(RecordOutcome outcome) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("kind", "unreadable");
    line.put("record", outcome.number());
    line.put("line", outcome.line());
    line.put("column", outcome.column());
    findings(line, outcome.findings());
    write(line);
  }

  void summary(AdmissionBatchSummary summary) {
    ObjectNode line = MAPPER.createObjectNode();
    line.put("kind", "summary");
    line.put("read", summary.read());
    line.put("requests", summary.requests());
    line.put("admittedOnList", summary.count(AdmissionOutcome.ADMITTED_ON_LIST));
    line.put("admittedByPurchaseOfServices", summary.count(AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES));
    line.put("referredForApproval", summary.count(AdmissionOutcome.REFERRED_FOR_APPROVAL));
    line.put("refused", summary.count(AdmissionOutcome.REFUSED));
    line.put("otherRecords", summary.otherRecords());
    line.put("unreadable", summary.unreadable());
    write(line);
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the decisions", e);
    }
  }

  private static void findings(ObjectNode line, List<Finding> findings) {
    ArrayNode array = line.putArray("findings");
    for (Finding finding : findings) {
      ObjectNode node = array.addObject();
      node.put("code", finding.code().value());
      node.put("severity", finding.severity().name());
      node.put("pointer", finding.location().pointer().toString());
      ObjectNode messages = node.putObject("messages");
      messages.put("zh-CN", finding.message(Locale.SIMPLIFIED_CHINESE));
      messages.put("en", finding.message(Locale.ENGLISH));
    }
  }

  private void write(ObjectNode line) {
    try {
      out.write((MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a decision line: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the decisions", e);
    }
  }
}

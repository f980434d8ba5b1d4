package io.github.jiceng.governance.json.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.jiceng.governance.json.canonical.CanonicalJson;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Writes the JSON report of a streaming validation (JSON 检查报告), format {@code jiceng-validation-report}
 * version 1.1, described by {@code schemas/validation-report-1.1.schema.json} in this module's jar and in docs/json-format.md.
 *
 * <p>As a {@link StreamListener} it writes every finding as it comes, so the report of any input is written with
 * constant memory; {@link #write(StreamReport, OutputStream)} writes a report object's kept findings. The document
 * is written in the canonical form of RFC 8785 (its properties are sorted, and {@code "findings"} sorts first), so
 * the same input and options give the same bytes, and {@link #sha256()} is the report's content hash. The stream is
 * not closed. Not thread-safe; one writer per report.
 */
public final class JsonReportWriter implements StreamListener {
  private final OutputStream out;
  private final MessageDigest digest;
  private boolean first = true;
  private long written;
  private String sha256;

  /**
   * Creates a writer; it writes the opening of the report at once.
   *
   * @param out the output, not null; buffer it for speed
   * @throws UncheckedIOException if the output fails
   */
  public JsonReportWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    write("{\"findings\":[");
  }

  /**
   * Writes the JSON report of a report object, with the findings it kept.
   *
   * @param report the report, not null
   * @param out the output, not null
   * @return the SHA-256 of the bytes written, which is the report's content hash
   * @throws UncheckedIOException if the output fails
   */
  public static String write(StreamReport report, OutputStream out) {
    JsonReportWriter writer = new JsonReportWriter(out);
    report.findings().forEach(writer::finding);
    writer.finish(report, report.droppedFindings());
    return writer.sha256();
  }

  @Override
  public void finding(StreamFinding finding) {
    write((first ? "" : ",") + CanonicalJson.canonicalize(ReportJson.finding(finding)));
    first = false;
    written++;
  }

  @Override
  public void end(StreamReport report) {
    finish(report, 0);
  }

  private void finish(StreamReport report, long dropped) {
    ObjectNode tail = ReportJson.tail(report, dropped);
    String canonical = CanonicalJson.canonicalize(tail);
    // the canonical tail is {"format":...}; its properties all sort after "findings"
    write("]," + canonical.substring(1) + "\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sha256 = HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Returns the SHA-256 of the report's bytes without the final line feed: the content hash of the report, equal to
   * the SHA-256 of its RFC 8785 canonical form.
   *
   * @return 64 lower-case hexadecimal digits
   * @throws IllegalStateException if the report is not finished yet
   */
  public String sha256() {
    if (sha256 == null) {
      throw new IllegalStateException("the report is not finished: its hash is known after end(report)");
    }
    return sha256;
  }

  /**
   * Returns the number of findings written.
   *
   * @return the count
   */
  public long findingsWritten() {
    return written;
  }

  private void write(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int hashed = text.endsWith("\n") ? bytes.length - 1 : bytes.length;
    digest.update(bytes, 0, hashed);
    try {
      out.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns for example {@code JsonReportWriter[12 findings written]}. */
  @Override
  public String toString() {
    return "JsonReportWriter[" + written + " findings written" + (sha256 == null ? "" : ", sha256 " + sha256) + "]";
  }
}

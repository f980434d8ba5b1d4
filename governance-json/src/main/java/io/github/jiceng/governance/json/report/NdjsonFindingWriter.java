package io.github.jiceng.governance.json.report;

import io.github.jiceng.governance.json.canonical.CanonicalJson;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes every finding of a streaming validation as one line of JSON (NDJSON), for pipelines (问题逐行输出): each line
 * is a finding in the form of {@code schemas/finding-1.1.schema.json}, in RFC 8785 canonical form, in the order the
 * findings are made. The stream is flushed at the end and not closed. Not thread-safe.
 */
public final class NdjsonFindingWriter implements StreamListener {
  private final OutputStream out;
  private long written;

  /**
   * Creates a writer.
   *
   * @param out the output, not null; buffer it for speed
   */
  public NdjsonFindingWriter(OutputStream out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  @Override
  public void finding(StreamFinding finding) {
    try {
      out.write((CanonicalJson.canonicalize(ReportJson.finding(finding)) + "\n").getBytes(StandardCharsets.UTF_8));
      written++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void end(StreamReport report) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the number of findings written.
   *
   * @return the count
   */
  public long findingsWritten() {
    return written;
  }

  /** Returns for example {@code NdjsonFindingWriter[12 findings written]}. */
  @Override
  public String toString() {
    return "NdjsonFindingWriter[" + written + " findings written]";
  }
}

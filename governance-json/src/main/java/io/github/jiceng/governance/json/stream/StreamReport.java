package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The result of a streaming validation (流式检查报告): the summary, the rule pack, and the findings in input order, as
 * many as the validator was told to keep (the rest are counted; a {@link StreamListener} sees them all). Findings of
 * a record come in their natural order, after those of earlier records; findings that needed the whole input come
 * last. The same input and options give the same report. Immutable.
 */
public final class StreamReport {
  private final StreamSummary summary;
  private final List<StreamFinding> findings;
  private final long dropped;
  private final String packId;
  private final String packVersion;

  StreamReport(StreamSummary summary, List<StreamFinding> findings, long dropped, String packId,
      String packVersion) {
    this.summary = Objects.requireNonNull(summary, "summary");
    this.findings = List.copyOf(findings);
    this.dropped = dropped;
    this.packId = packId;
    this.packVersion = packVersion;
  }

  /**
   * Returns a report made elsewhere than in a {@link RecordStreamValidator}, such as by a cluster job.
   *
   * @param summary the summary, not null
   * @param findings the findings kept, in their order, none null
   * @param dropped the number of findings not kept
   * @param packId the rule pack's id, not null
   * @param packVersion the rule pack's version, not null
   * @return the report
   * @throws IllegalArgumentException if {@code dropped} is negative
   */
  public static StreamReport of(StreamSummary summary, List<StreamFinding> findings, long dropped, String packId,
      String packVersion) {
    if (dropped < 0) {
      throw new IllegalArgumentException("dropped findings must be >= 0, but was " + dropped);
    }
    return new StreamReport(summary, findings, dropped, Objects.requireNonNull(packId, "packId"),
        Objects.requireNonNull(packVersion, "packVersion"));
  }

  /**
   * Returns the summary.
   *
   * @return the summary
   */
  public StreamSummary summary() {
    return summary;
  }

  /**
   * Returns the findings kept, in input order.
   *
   * @return an immutable list
   */
  public List<StreamFinding> findings() {
    return findings;
  }

  /**
   * Returns the number of findings not kept because of the validator's limit.
   *
   * @return the count, 0 if every finding is in {@link #findings()}
   */
  public long droppedFindings() {
    return dropped;
  }

  /**
   * Returns the id of the rule pack used.
   *
   * @return the pack id
   */
  public String packId() {
    return packId;
  }

  /**
   * Returns the version of the rule pack used.
   *
   * @return the pack version
   */
  public String packVersion() {
    return packVersion;
  }

  /**
   * Tells whether there is an active error.
   *
   * @return true if the summary counts an error finding
   */
  public boolean hasErrors() {
    return summary.findingsBySeverity().get(Severity.ERROR) > 0;
  }

  /** Returns the summary's description. */
  @Override
  public String toString() {
    return "StreamReport[" + packId + " " + packVersion + ", " + summary + "]";
  }
}

package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.util.Objects;

/**
 * A finding of a streaming validation with the number of the input record it is about (流式检查结果), or 0 for a
 * finding about the input as a whole (subject {@code input}) or about a key across records (from a
 * {@link DatasetCheck}). The finding's location has the record-relative JSON Pointer and the line and column in the
 * input. Immutable.
 */
public final class StreamFinding {
  private final long record;
  private final Finding finding;

  /**
   * Creates a stream finding.
   *
   * @param record the record number, or 0
   * @param finding the finding, not null
   * @throws IllegalArgumentException if the record number is negative
   */
  public StreamFinding(long record, Finding finding) {
    if (record < 0) {
      throw new IllegalArgumentException("record number must be >= 0, but was " + record);
    }
    this.record = record;
    this.finding = Objects.requireNonNull(finding, "finding");
  }

  /**
   * Returns the number of the record the finding is about.
   *
   * @return 1 for the first record, 0 for none
   */
  public long record() {
    return record;
  }

  /**
   * Returns the finding.
   *
   * @return the finding
   */
  public Finding finding() {
    return finding;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StreamFinding && record == ((StreamFinding) other).record
        && finding.equals(((StreamFinding) other).finding);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(record) * 31 + finding.hashCode();
  }

  /** Returns for example {@code #3 ERROR json.syntax record at (root) (line 3, column 5): ...}. */
  @Override
  public String toString() {
    return "#" + record + " " + finding;
  }
}

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The findings of one record (单条记录的检查结果), for streaming: active findings and suppressed ones, each sorted.
 */
public final class RecordResult implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Active findings, sorted. */
  private final List<Finding> findings;
  /** Suppressed findings, sorted. */
  private final List<SuppressedFinding> suppressed;

  private RecordResult(Collection<Finding> findings, Collection<SuppressedFinding> suppressed) {
    if (findings.isEmpty() && suppressed.isEmpty()) {
      this.findings = List.of();
      this.suppressed = List.of();
      return;
    }
    List<Finding> sortedFindings = new ArrayList<>(findings);
    Collections.sort(sortedFindings);
    List<SuppressedFinding> sortedSuppressed = new ArrayList<>(suppressed);
    Collections.sort(sortedSuppressed);
    this.findings = List.copyOf(sortedFindings);
    this.suppressed = List.copyOf(sortedSuppressed);
  }

  /**
   * Returns a result.
   *
   * @param findings the active findings, none null
   * @param suppressed the suppressed findings, none null
   * @return the result, with both lists sorted
   */
  public static RecordResult of(Collection<Finding> findings, Collection<SuppressedFinding> suppressed) {
    return new RecordResult(
        Objects.requireNonNull(findings, "findings"), Objects.requireNonNull(suppressed, "suppressed"));
  }

  /**
   * Returns the active findings.
   *
   * @return an immutable sorted list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the suppressed findings.
   *
   * @return an immutable sorted list
   */
  public List<SuppressedFinding> suppressed() {
    return suppressed;
  }

  /**
   * Tells whether an active finding is an error, which makes the record invalid.
   *
   * @return true if the record has an active error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Returns for example {@code RecordResult[2 findings, 1 suppressed]}. */
  @Override
  public String toString() {
    return "RecordResult[" + findings.size() + " findings, " + suppressed.size() + " suppressed]";
  }
}

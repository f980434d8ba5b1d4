package io.github.jiceng.governance.json.burden;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.rules.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The decision on one admission request of a bulk run (批量准入决定): where the request was in the input, the request,
 * the decision with its reasons ({@link AdmissionDecision#explain}), and the rule pack's findings about the request
 * (such as a late application or missing funding). Immutable.
 */
public final class BatchDecision {
  private final long record;
  private final int line;
  private final AdmissionRequest request;
  private final AdmissionDecision decision;
  private final List<Finding> findings;

  BatchDecision(long record, int line, AdmissionRequest request, AdmissionDecision decision, List<Finding> findings) {
    this.record = record;
    this.line = line;
    this.request = Objects.requireNonNull(request, "request");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns the record's number in the input.
   *
   * @return 1 for the first record
   */
  public long record() {
    return record;
  }

  /**
   * Returns the line where the record starts.
   *
   * @return the line, from 1
   */
  public int line() {
    return line;
  }

  /**
   * Returns the request.
   *
   * @return the request
   */
  public AdmissionRequest request() {
    return request;
  }

  /**
   * Returns the decision.
   *
   * @return the decision
   */
  public AdmissionDecision decision() {
    return decision;
  }

  /**
   * Returns the pack's findings about the request, in the validator's order.
   *
   * @return the findings, possibly empty
   */
  public List<Finding> findings() {
    return findings;
  }

  /** Returns for example {@code BatchDecision[record 3, line 3: YB-2025-014 REFUSED, 2 findings]}. */
  @Override
  public String toString() {
    return "BatchDecision[record " + record + ", line " + line + ": " + request.id() + " " + decision.outcome() + ", "
        + findings.size() + (findings.size() == 1 ? " finding]" : " findings]");
  }
}

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The findings of a validation run (检查报告): active findings in a deterministic order, suppressed findings, counts by
 * severity and how many records were checked.
 *
 * <p>The order is that of {@link Finding#compareTo}: by subject, location, code, severity, then text; it does not
 * depend on the order of the input or of the rules. Only errors make a report fail: {@link #hasErrors()} ignores
 * warnings and information.
 */
public final class ValidationReport implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Active findings, sorted. */
  private final List<Finding> findings;
  /** Suppressed findings, sorted. */
  private final List<SuppressedFinding> suppressed;
  /** Records checked. */
  private final long recordCount;
  /** Records with an active error. */
  private final long invalidRecordCount;

  private ValidationReport(Builder builder) {
    List<Finding> sortedFindings = new ArrayList<>(builder.findings);
    Collections.sort(sortedFindings);
    List<SuppressedFinding> sortedSuppressed = new ArrayList<>(builder.suppressed);
    Collections.sort(sortedSuppressed);
    this.findings = List.copyOf(sortedFindings);
    this.suppressed = List.copyOf(sortedSuppressed);
    this.recordCount = builder.recordCount;
    this.invalidRecordCount = builder.invalidRecordCount;
  }

  /**
   * Starts a report.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the active findings.
   *
   * @return an immutable list in report order
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the active findings that match a predicate.
   *
   * @param filter the predicate, not null
   * @return an immutable list in report order
   */
  public List<Finding> findings(Predicate<? super Finding> filter) {
    Objects.requireNonNull(filter, "filter");
    return findings.stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the active findings with a code.
   *
   * @param code the code, for example {@code meeting.quorum.not-met}
   * @return an immutable list in report order
   */
  public List<Finding> forCode(String code) {
    FindingCode wanted = FindingCode.of(code);
    return findings(f -> f.code().equals(wanted));
  }

  /**
   * Returns the active findings of an area.
   *
   * @param area the area, for example {@code meeting} or {@code constraint}
   * @return an immutable list in report order
   */
  public List<Finding> inArea(String area) {
    Objects.requireNonNull(area, "area");
    return findings(f -> f.code().area().equals(area));
  }

  /**
   * Returns the active findings of a severity.
   *
   * @param severity the severity, not null
   * @return an immutable list in report order
   */
  public List<Finding> withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings(f -> f.severity() == severity);
  }

  /**
   * Returns the suppressed findings.
   *
   * @return an immutable list in report order
   */
  public List<SuppressedFinding> suppressed() {
    return suppressed;
  }

  /**
   * Returns the number of active findings of a severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public int count(Severity severity) {
    return withSeverity(severity).size();
  }

  /**
   * Returns the number of active findings of every severity.
   *
   * @return an immutable map with an entry, possibly 0, for every severity
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Tells whether there is an active error. Warnings and information never fail a report.
   *
   * @return true if an active finding has severity {@link Severity#ERROR}
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the number of records checked.
   *
   * @return the count
   */
  public long recordCount() {
    return recordCount;
  }

  /**
   * Returns the number of records with an active error.
   *
   * @return the count
   */
  public long invalidRecordCount() {
    return invalidRecordCount;
  }

  /** Returns for example {@code ValidationReport[3 records (1 invalid): 1 ERROR, 2 WARNING, 0 INFO; 1 suppressed]}. */
  @Override
  public String toString() {
    return "ValidationReport[" + recordCount + " records (" + invalidRecordCount + " invalid): "
        + counts().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
        + "; " + suppressed.size() + " suppressed]";
  }

  /** Collects a {@link ValidationReport}. Not thread-safe. */
  public static final class Builder {
    private final List<Finding> findings = new ArrayList<>();
    private final List<SuppressedFinding> suppressed = new ArrayList<>();
    private long recordCount;
    private long invalidRecordCount;

    private Builder() {}

    /**
     * Adds the result of one record and counts the record.
     *
     * @param result the result, not null
     * @return this builder
     */
    public Builder add(RecordResult result) {
      Objects.requireNonNull(result, "result");
      findings.addAll(result.findings());
      suppressed.addAll(result.suppressed());
      recordCount++;
      if (result.hasErrors()) {
        invalidRecordCount++;
      }
      return this;
    }

    /**
     * Adds the results of another report and its record counts.
     *
     * @param report the report, not null
     * @return this builder
     */
    public Builder addAll(ValidationReport report) {
      Objects.requireNonNull(report, "report");
      findings.addAll(report.findings);
      suppressed.addAll(report.suppressed);
      recordCount += report.recordCount;
      invalidRecordCount += report.invalidRecordCount;
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     */
    public ValidationReport build() {
      return new ValidationReport(this);
    }
  }
}

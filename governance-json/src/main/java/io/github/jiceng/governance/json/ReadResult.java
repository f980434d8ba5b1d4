package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading one JSON document (读取结果): the value, if one could be built, and the findings about the
 * document.
 *
 * <p>The value is present when the record could be built, even if there are findings (for example unknown properties,
 * which are reported but skipped). It is empty when the document is not well-formed, has a value of the wrong type or
 * an invalid value, lacks a required property, or is the JSON literal {@code null}; the findings then say why. Reading
 * stops at the first such problem of a document, while unknown properties are all reported.
 *
 * @param <T> the type of the value
 */
public final class ReadResult<T> {
  /** The value, or null. */
  private final T value;
  /** The findings, sorted. */
  private final List<Finding> findings;
  /** The record the findings are about. */
  private final Subject subject;

  private ReadResult(T value, List<Finding> findings, Subject subject) {
    this.value = value;
    this.findings = findings;
    this.subject = subject;
  }

  /**
   * Returns a result.
   *
   * @param value the value, or empty if none could be built
   * @param findings the findings, none null
   * @param subject the record the findings are about, not null
   * @param <T> the type of the value
   * @return the result, with the findings sorted in their natural order
   * @throws NullPointerException if an argument or a finding is null
   */
  static <T> ReadResult<T> of(Optional<T> value, List<Finding> findings, Subject subject) {
    Objects.requireNonNull(value, "value");
    if (findings.isEmpty()) {
      return new ReadResult<>(value.orElse(null), List.of(), Objects.requireNonNull(subject, "subject"));
    }
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.forEach(finding -> Objects.requireNonNull(finding, "finding"));
    sorted.sort(null);
    return new ReadResult<>(value.orElse(null), List.copyOf(sorted), Objects.requireNonNull(subject, "subject"));
  }

  /**
   * Returns the result of a record read without findings.
   *
   * @param value the value, not null
   * @param subject the record the result is about, not null
   * @param <T> the type of the value
   * @return the result
   */
  static <T> ReadResult<T> clean(T value, Subject subject) {
    return new ReadResult<>(Objects.requireNonNull(value, "value"), List.of(), Objects.requireNonNull(subject,
        "subject"));
  }

  /**
   * Returns this result with the findings' positions moved into a larger text whose character at {@code line},
   * {@code column} is the document's first character.
   *
   * @param line the 1-based line of the document's start
   * @param column the 1-based column of the document's start
   * @return the shifted result
   */
  ReadResult<T> shifted(int line, int column) {
    if (findings.isEmpty()) {
      return this;
    }
    List<Finding> moved = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      moved.add(Shift.finding(finding, line, column));
    }
    return new ReadResult<>(value, List.copyOf(moved), subject);
  }

  /**
   * Returns the value read.
   *
   * @return the value, or empty if the document could not be turned into one
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the findings about the document.
   *
   * @return an immutable list in the natural order of findings, empty for a clean document
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Tells whether a finding has severity {@code ERROR}.
   *
   * @return true if the document has at least one error
   */
  public boolean hasErrors() {
    return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
  }

  /**
   * Returns the record the findings are about: its record type name (for example {@code village}), without id.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /** Returns for example {@code ReadResult[village, value present, 0 findings]}. */
  @Override
  public String toString() {
    return "ReadResult[" + subject + ", " + (value == null ? "no value" : "value present") + ", "
        + findings.size() + (findings.size() == 1 ? " finding" : " findings")
        + (findings.isEmpty() ? "" : ": " + findings) + "]";
  }
}

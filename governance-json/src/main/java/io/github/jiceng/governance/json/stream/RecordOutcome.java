package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.SuppressedFinding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the streaming validator found about one input record (单条记录结果): its number and position in the input, its
 * status, its subject, the model value if one could be built, and its findings so far. Findings that need the whole
 * input (a reference to a record that never appears) come later, as {@link StreamFinding}s. Immutable.
 */
public final class RecordOutcome {
  private final int sourceIndex;
  private final String source;
  private final long number;
  private final int line;
  private final int column;
  private final RecordStatus status;
  private final Subject subject;
  private final Object value;
  private final List<Finding> findings;
  private final List<SuppressedFinding> suppressed;
  /** Finds {line, column} of a pointer's value in the input, or null; null when unknown. */
  private final Function<JsonPointer, int[]> positions;

  RecordOutcome(int sourceIndex, String source, long number, int line, int column, RecordStatus status,
      Subject subject, Object value, List<Finding> findings, List<SuppressedFinding> suppressed,
      Function<JsonPointer, int[]> positions) {
    this.sourceIndex = sourceIndex;
    this.source = source;
    this.positions = positions;
    this.number = number;
    this.line = line;
    this.column = column;
    this.status = Objects.requireNonNull(status, "status");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.value = value;
    this.findings = List.copyOf(findings);
    this.suppressed = List.copyOf(suppressed);
  }

  /**
   * Returns the name of the record's input, in a run of several inputs.
   *
   * @return the input's name (a file name), or empty for a single input
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the index of the record's input among the inputs of the run, in the order they were given. With the
   * record number it orders the records of a dataset of several inputs, which checks across records need to tell the
   * first of two records with one id.
   *
   * @return 0 for the first (or only) input
   */
  public int sourceIndex() {
    return sourceIndex;
  }

  /**
   * Returns the record's number in its input.
   *
   * @return 1 for the first record of the input
   */
  public long number() {
    return number;
  }

  /**
   * Returns the record's place in the dataset's order as one number: its input's index in the upper bits, its record
   * number (below 2<sup>40</sup>) in the lower ones, so that records compare as inputs in their order, then records in
   * input order.
   *
   * @return the place
   */
  long order() {
    return ((long) sourceIndex << 40) | number;
  }

  /**
   * Returns the line where the record starts.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the column where the record starts, in characters.
   *
   * @return the 1-based column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the record's status.
   *
   * @return the status
   */
  public RecordStatus status() {
    return status;
  }

  /**
   * Returns the record the findings are about: its type name and, if it could be read, its id.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns the model value.
   *
   * @return the value, or empty for an unreadable record
   */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the active findings about the record, in their natural order.
   *
   * @return an immutable list
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings suppressed by waivers.
   *
   * @return an immutable list
   */
  public List<SuppressedFinding> suppressed() {
    return suppressed;
  }

  /**
   * Returns the position in the input of the value a pointer refers to in this record (or of its nearest ancestor
   * that exists).
   *
   * @param pointer the pointer
   * @return {line, column}, or null if unknown
   */
  int[] positionOf(JsonPointer pointer) {
    return positions == null ? null : positions.apply(pointer);
  }

  /**
   * Returns for example {@code RecordOutcome[#3 line 3, village/500154001001 VALID, 0 findings]}, with the source
   * first in a run of several inputs: {@code RecordOutcome[village.ndjson #3 line 3, ...]}.
   */
  @Override
  public String toString() {
    return "RecordOutcome[" + (source == null ? "" : source + " ") + "#" + number + " line " + line + ", " + subject
        + " " + status + ", " + findings.size() + (findings.size() == 1 ? " finding]" : " findings]");
  }
}

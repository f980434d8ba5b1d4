package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.json.ReadResult;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordResult;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.SuppressedFinding;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The per-record step of a {@link RecordStreamValidator} on its own (单条记录检查): binding, Bean Validation and the
 * rule pack for the bytes of one record, with the findings positioned in the input and waivers applied, but without
 * the checks across records (those are the validator's {@link RecordStreamValidator#keyedChecks() keyed checks}). The
 * streaming validator runs every record through it; a cluster job runs it over the records of a partition and
 * aggregates the keyed checks itself.
 *
 * <p>Get one from {@link RecordStreamValidator#recordChecker()}. Immutable and thread-safe (the reader and the
 * validator are); it holds no state between records.
 */
public final class RecordChecker {
  private final RecordStreamValidator config;
  private final RecordLookup lookup;
  private final PointerPositions positions;

  RecordChecker(RecordStreamValidator config) {
    this.config = config;
    Set<String> targets = new HashSet<>();
    config.references.all().forEach(r -> targets.add(r.targetType()));
    this.lookup = MissingReferences.lookupForRules(config.lookup, Set.copyOf(targets));
    this.positions = new PointerPositions(config.limits);
  }

  /**
   * Checks one record of a single input: the bytes of one NDJSON line (without its line feed) or one array element.
   *
   * @param utf8 the bytes, not null
   * @param from the index of the record's first byte
   * @param to the index after its last byte
   * @param number the record's number in the input (1 for its first record: the keyed checks order records by it)
   * @param line the 1-based line of its first character in the input
   * @param column the 1-based column of its first character
   * @return the outcome: status, subject, value and findings of the record alone; the outcome can locate pointers in
   *     the record for the keyed checks
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of {@code utf8}
   * @throws IllegalArgumentException if {@code number}, {@code line} or {@code column} is less than 1
   */
  public RecordOutcome check(byte[] utf8, int from, int to, long number, int line, int column) {
    return check(utf8, from, to, 0, null, number, line, column);
  }

  /**
   * Checks one record of one of several inputs validated as one dataset (as
   * {@link RecordStreamValidator#validate(java.util.List, StreamListener)} numbers them): the record number, line and
   * column count within the input, and the outcome names the input, so that the keyed checks can order the records
   * of the dataset (inputs in their order, then record numbers) and name each record's input.
   *
   * @param utf8 the bytes, not null
   * @param from the index of the record's first byte
   * @param to the index after its last byte
   * @param sourceIndex the index of the input among the dataset's inputs, in their order, from 0
   * @param source the input's name (such as its file name), or null for a single unnamed input
   * @param number the record's number in its input (1 for the input's first record)
   * @param line the 1-based line of its first character in its input
   * @param column the 1-based column of its first character
   * @return the outcome
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of {@code utf8}
   * @throws IllegalArgumentException if {@code sourceIndex} is negative, {@code number}, {@code line} or
   *     {@code column} is less than 1, or the source is blank
   */
  public RecordOutcome check(byte[] utf8, int from, int to, int sourceIndex, String source, long number, int line,
      int column) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.checkFromToIndex(from, to, utf8.length);
    if (number < 1 || line < 1 || column < 1) {
      throw new IllegalArgumentException("number, line and column are 1-based, but were " + number + ", " + line
          + ", " + column);
    }
    if (sourceIndex < 0) {
      throw new IllegalArgumentException("sourceIndex must be >= 0, but was " + sourceIndex);
    }
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, but was \"" + source + "\"");
    }
    long max = config.limits.getMaxDocumentLength();
    Checked checked = check(utf8, from, to, line, column, to - from > max ? to - from : -1, null);
    Collections.sort(checked.active);
    return checked.outcome(sourceIndex, source, number);
  }

  /**
   * Checks one record; the cross-record checks of a stream may add findings before the outcome is made.
   *
   * @param bytes the bytes
   * @param from the first byte
   * @param to the index after the last byte
   * @param line the record's line
   * @param column the record's column
   * @param tooLong the record's length when over the maximum (its bytes are then not read), or -1
   * @param separatorProblem a structural problem before the record, or null
   * @return the findings so far
   */
  Checked check(byte[] bytes, int from, int to, int line, int column, long tooLong, String separatorProblem) {
    Checked checked = new Checked(bytes, from, to, line, column);
    if (tooLong >= 0) {
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("detail", "the record has " + tooLong + " bytes or more; the maximum is "
          + config.limits.getMaxDocumentLength() + " bytes");
      checked.add(config.validator.applyWaivers(List.of(StreamFindings.make(StreamFindings.SYNTAX, "limit",
          Severity.ERROR, checked.subject, StreamFindings.at(Location.root(), line, column), arguments))));
      return checked;
    }
    ReadResult<?> read = config.reader.readEmbedded(bytes, from, to, line, column, config.recordClass);
    checked.subject = read.subject();
    checked.value = read.value().orElse(null);
    List<Finding> readFindings = read.findings();
    if (separatorProblem != null) {
      readFindings = new ArrayList<>(readFindings);
      readFindings.add(StreamFindings.make(StreamFindings.SYNTAX, null, Severity.ERROR, checked.subject,
          StreamFindings.at(Location.root(), line, column), Map.of("detail", separatorProblem)));
    }
    if (!readFindings.isEmpty()) {
      checked.add(config.validator.applyWaivers(readFindings));
    }
    if (checked.value != null) {
      checked.subject = config.validator.subjectOf(checked.value);
      RecordResult result = config.validator.check(checked.value, lookup);
      for (Finding finding : result.findings()) {
        checked.active.add(checked.positioned(finding));
      }
      if (!result.suppressed().isEmpty()) {
        checked.suppressed.addAll(result.suppressed());
      }
    }
    return checked;
  }

  /** Returns for example {@code RecordChecker[RecordStreamValidator[...]]}. */
  @Override
  public String toString() {
    return "RecordChecker[" + config + "]";
  }

  /** The findings of one record so far. Not thread-safe. */
  final class Checked {
    private final byte[] bytes;
    private final int from;
    private final int to;
    private final int line;
    private final int column;
    private String text;
    /** The active findings. */
    final List<Finding> active = new ArrayList<>();
    /** The findings suppressed by waivers. */
    final List<SuppressedFinding> suppressed = new ArrayList<>();
    /** The record the findings are about. */
    Subject subject = Subject.ofType(config.defaultTypeName);
    /** The model value, or null. */
    Object value;

    private Checked(byte[] bytes, int from, int to, int line, int column) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
      this.line = line;
      this.column = column;
    }

    /**
     * Adds a result's active and suppressed findings.
     *
     * @param result the result
     */
    void add(RecordResult result) {
      active.addAll(result.findings());
      suppressed.addAll(result.suppressed());
    }

    /**
     * Tells whether an active finding is an error.
     *
     * @return true if the record has an active error
     */
    boolean hasError() {
      for (Finding finding : active) {
        if (finding.severity() == Severity.ERROR) {
          return true;
        }
      }
      return false;
    }

    /** Adds the line and column of the pointer's value to a finding that has none. */
    private Finding positioned(Finding finding) {
      if (finding.location().line().isPresent()) {
        return finding;
      }
      int[] at = position(finding.location().pointer());
      return at == null ? finding : StreamFindings.relocated(finding, finding.location().withPosition(at[0], at[1]));
    }

    /**
     * Finds the position of a pointer's value in the input.
     *
     * @param pointer the pointer
     * @return {line, column}, or null
     */
    int[] position(JsonPointer pointer) {
      int[] at = text == null ? positions.locate(bytes, from, to, pointer) : null;
      if (at == null) {
        if (text == null) {
          text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
        }
        at = positions.locate(text, pointer);
      }
      if (at == null || at[0] < 1 || at[1] < 1) {
        return null;
      }
      return new int[] {at[0] + line - 1, at[0] == 1 ? at[1] + column - 1 : at[1]};
    }

    /**
     * Makes the outcome, with the active findings as they are (sort them first).
     *
     * @param sourceIndex the index of the record's input
     * @param source the input's name, or null
     * @param number the record number in its input
     * @return the outcome
     */
    RecordOutcome outcome(int sourceIndex, String source, long number) {
      RecordStatus status = value == null ? RecordStatus.UNREADABLE
          : hasError() ? RecordStatus.WITH_ERRORS : RecordStatus.VALID;
      return new RecordOutcome(sourceIndex, source, number, line, column, status, subject, value, active, suppressed,
          value == null ? null : this::position);
    }
  }
}

package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of a streaming validation with the number of the input record it is about (流式检查结果), or 0 for a
 * finding about the input as a whole (subject {@code input}) or about a key across records (from a
 * {@link DatasetCheck}). The finding's location has the record-relative JSON Pointer and the line and column in the
 * input. When several inputs are validated as one dataset, the finding also names its input ({@link #source()}, a file
 * name), the record number counts within that input, and {@link #position()} reads like {@code service.ndjson:123:5}.
 * Immutable.
 */
public final class StreamFinding {
  private final String source;
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
    this(null, record, finding);
  }

  /**
   * Creates a stream finding about a record of a named input.
   *
   * @param source the input's name, such as a file name, or null for a single unnamed input or a finding that belongs
   *     to no input (from a {@link DatasetCheck})
   * @param record the record number in that input, or 0
   * @param finding the finding, not null
   * @throws IllegalArgumentException if the record number is negative or the source is blank
   */
  public StreamFinding(String source, long record, Finding finding) {
    if (source != null && source.isBlank()) {
      throw new IllegalArgumentException("source must not be blank, but was \"" + source + "\"");
    }
    this.source = source;
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
   * Returns the name of the input the finding is about, in a run of several inputs.
   *
   * @return the input's name (a file name), or empty for a single input or a finding about keys across inputs
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns where the finding is, as people and editors read it: {@code source:line:column}, leaving out the parts
   * that are unknown, for example {@code service.ndjson:123:5}, {@code service.ndjson}, {@code 123:5}, or an empty
   * string for a finding about keys across records.
   *
   * @return the position
   */
  public String position() {
    StringBuilder text = new StringBuilder(source == null ? "" : source);
    finding.location().line().ifPresent(line -> {
      text.append(text.length() == 0 ? "" : ":").append(line);
      finding.location().column().ifPresent(column -> text.append(':').append(column));
    });
    return text.toString();
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
        && Objects.equals(source, ((StreamFinding) other).source) && finding.equals(((StreamFinding) other).finding);
  }

  @Override
  public int hashCode() {
    return (Objects.hashCode(source) * 31 + Long.hashCode(record)) * 31 + finding.hashCode();
  }

  /**
   * Returns for example {@code #3 ERROR json.syntax record at (root) (line 3, column 5): ...}, or with a source
   * {@code service.ndjson:3:5 #3 ERROR json.syntax ...}.
   */
  @Override
  public String toString() {
    return (source == null ? "" : position() + " ") + "#" + record + " " + finding;
  }
}

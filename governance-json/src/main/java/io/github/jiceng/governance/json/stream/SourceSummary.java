package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The accounting of one input in a validation of several inputs as one dataset (单个输入文件汇总): its name, format,
 * compression, length and SHA-256, its records by status and the findings about its records and about it as a
 * whole. The records of all inputs add up to {@link StreamSummary#records()}; the findings of all inputs plus those
 * about keys across records (record number 0, no input) add up to {@link StreamSummary#findings()}. Immutable.
 */
public final class SourceSummary {
  private final String name;
  private final long valid;
  private final long withErrors;
  private final long unreadable;
  private final Map<Severity, Long> bySeverity;
  private final InputFormat format;
  private final Compression compression;
  private final long inputBytes;
  private final String inputSha256;

  SourceSummary(String name, StreamSummary.Tally tally, InputFormat format, Compression compression,
      long inputBytes, String inputSha256) {
    this.name = Objects.requireNonNull(name, "name");
    this.valid = tally.valid;
    this.withErrors = tally.withErrors;
    this.unreadable = tally.unreadable;
    this.bySeverity = Collections.unmodifiableMap(new EnumMap<>(tally.bySeverity));
    this.format = Objects.requireNonNull(format, "format");
    this.compression = Objects.requireNonNull(compression, "compression");
    this.inputBytes = inputBytes;
    this.inputSha256 = Objects.requireNonNull(inputSha256, "inputSha256");
  }

  /**
   * Returns the input's name, as findings about it give it ({@link StreamFinding#source()}).
   *
   * @return the name, such as {@code service.ndjson}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the number of records read from this input: valid + with errors + unreadable.
   *
   * @return the count
   */
  public long records() {
    return valid + withErrors + unreadable;
  }

  /**
   * Returns the number of this input's records read into a model value without an active error.
   *
   * @return the count
   */
  public long valid() {
    return valid;
  }

  /**
   * Returns the number of this input's records read into a model value with at least one active error, including
   * errors found across inputs (a duplicate id, a missing reference).
   *
   * @return the count
   */
  public long withErrors() {
    return withErrors;
  }

  /**
   * Returns the number of this input's records that could not be read into a model value.
   *
   * @return the count
   */
  public long unreadable() {
    return unreadable;
  }

  /**
   * Returns the number of active findings of each severity about this input's records or about it as a whole.
   *
   * @return an immutable map with an entry for every severity
   */
  public Map<Severity, Long> findingsBySeverity() {
    return bySeverity;
  }

  /**
   * Returns the total number of active findings about this input.
   *
   * @return the count
   */
  public long findings() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the format this input was read as.
   *
   * @return {@link InputFormat#NDJSON} or {@link InputFormat#JSON_ARRAY}
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Returns the compression of this input.
   *
   * @return {@link Compression#NONE} or {@link Compression#GZIP}
   */
  public Compression compression() {
    return compression;
  }

  /**
   * Returns the length of this input's content, after decompression.
   *
   * @return the number of bytes
   */
  public long inputBytes() {
    return inputBytes;
  }

  /**
   * Returns the SHA-256 of this input's content, after decompression.
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String inputSha256() {
    return inputSha256;
  }

  /**
   * Returns for example
   * {@code SourceSummary[service.ndjson: 3 records, 1 valid, 1 with errors, 1 unreadable; 4 findings]}.
   */
  @Override
  public String toString() {
    return "SourceSummary[" + name + ": " + records() + " records, " + valid + " valid, " + withErrors
        + " with errors, " + unreadable + " unreadable; " + findings() + " findings]";
  }
}

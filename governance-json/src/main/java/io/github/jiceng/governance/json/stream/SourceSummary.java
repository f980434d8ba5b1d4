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
   * @return 64 lower-case hexadecimal digits, or empty if not computed (by a cluster job)
   */
  public String inputSha256() {
    return inputSha256;
  }

  /**
   * Starts the accounting of one input made elsewhere than in a {@link RecordStreamValidator}, such as by a cluster
   * job that counted the records and findings of each file.
   *
   * @param name the input's name as findings give it, not blank
   * @param format the format the input was read as, not null
   * @param compression the input's compression, not null
   * @return a builder with every count 0, no input bytes and an empty SHA-256
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name, InputFormat format, Compression compression) {
    if (Objects.requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("a source name must not be blank, but was \"" + name + "\"");
    }
    return new Builder(name, Objects.requireNonNull(format, "format"),
        Objects.requireNonNull(compression, "compression"));
  }

  /** Builds a {@link SourceSummary} from counts. Not thread-safe. */
  public static final class Builder {
    private final StreamSummary.Tally tally = new StreamSummary.Tally();
    private final String name;
    private final InputFormat format;
    private final Compression compression;
    private long inputBytes;
    private String inputSha256 = "";

    private Builder(String name, InputFormat format, Compression compression) {
      this.name = name;
      this.format = format;
      this.compression = compression;
    }

    /**
     * Adds records.
     *
     * @param valid records without an active error
     * @param withErrors records read into a value with an active error
     * @param unreadable records that could not be read into a value
     * @return this builder
     * @throws IllegalArgumentException if a count is negative
     */
    public Builder records(long valid, long withErrors, long unreadable) {
      if (valid < 0 || withErrors < 0 || unreadable < 0) {
        throw new IllegalArgumentException("record counts must be >= 0, but were " + valid + ", " + withErrors
            + ", " + unreadable);
      }
      tally.valid += valid;
      tally.withErrors += withErrors;
      tally.unreadable += unreadable;
      return this;
    }

    /**
     * Adds active findings of one severity about the input's records.
     *
     * @param severity the severity, not null
     * @param count the number of findings, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder findings(Severity severity, long count) {
      Objects.requireNonNull(severity, "severity");
      if (count < 0) {
        throw new IllegalArgumentException("a finding count must be >= 0, but was " + count);
      }
      tally.bySeverity.merge(severity, count, Long::sum);
      return this;
    }

    /**
     * Sets the input's length and hash.
     *
     * @param bytes the length in bytes, at least 0
     * @param sha256 the hex SHA-256 of the input, or empty if not computed; not null
     * @return this builder
     * @throws IllegalArgumentException if the length is negative
     */
    public Builder input(long bytes, String sha256) {
      if (bytes < 0) {
        throw new IllegalArgumentException("an input length must be >= 0, but was " + bytes);
      }
      this.inputBytes = bytes;
      this.inputSha256 = Objects.requireNonNull(sha256, "sha256");
      return this;
    }

    /**
     * Builds the accounting.
     *
     * @return the input's accounting
     */
    public SourceSummary build() {
      return new SourceSummary(name, tally, format, compression, inputBytes, inputSha256);
    }
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

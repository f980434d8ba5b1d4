package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The accounting of a streaming validation (流式检查汇总): every input record is counted once as valid, with errors or
 * unreadable; findings are counted by severity and by code; the input is described by its format, compression,
 * length and SHA-256; the cross-record state by its number of keys. When several inputs are validated as one dataset,
 * this is the total and {@link #sources()} has the accounting of each input. Immutable.
 */
public final class StreamSummary {
  private final long records;
  private final long valid;
  private final long withErrors;
  private final long unreadable;
  private final Map<Severity, Long> bySeverity;
  private final SortedMap<String, Long> byCode;
  private final long suppressed;
  private final InputFormat format;
  private final Compression compression;
  private final long inputBytes;
  private final String inputSha256;
  private final long distinctIds;
  private final long pendingReferences;
  private final long datasetKeys;
  private final List<SourceSummary> sources;

  StreamSummary(Tally tally, InputFormat format, Compression compression, long inputBytes, String inputSha256,
      long distinctIds, long pendingReferences, long datasetKeys, List<SourceSummary> sources) {
    this.records = tally.valid + tally.withErrors + tally.unreadable;
    this.valid = tally.valid;
    this.withErrors = tally.withErrors;
    this.unreadable = tally.unreadable;
    this.bySeverity = Collections.unmodifiableMap(new EnumMap<>(tally.bySeverity));
    this.byCode = Collections.unmodifiableSortedMap(new TreeMap<>(tally.byCode));
    this.suppressed = tally.suppressed;
    this.format = format;
    this.compression = compression;
    this.inputBytes = inputBytes;
    this.inputSha256 = inputSha256;
    this.distinctIds = distinctIds;
    this.pendingReferences = pendingReferences;
    this.datasetKeys = datasetKeys;
    this.sources = List.copyOf(sources);
  }

  /**
   * Starts a summary made elsewhere than in a {@link RecordStreamValidator}, such as by a cluster job that ran the
   * same checks over partitions and added up their counts.
   *
   * @param format the input format, not null
   * @param compression the compression, not null
   * @return a builder with every count 0, no input bytes and an empty SHA-256
   */
  public static Builder builder(InputFormat format, Compression compression) {
    return new Builder(Objects.requireNonNull(format, "format"), Objects.requireNonNull(compression, "compression"));
  }

  /** Builds a {@link StreamSummary} from counts. Not thread-safe. */
  public static final class Builder {
    private final Tally tally = new Tally();
    private final InputFormat format;
    private final Compression compression;
    private long inputBytes;
    private String inputSha256 = "";
    private long distinctIds;
    private long pendingReferences;
    private long datasetKeys;
    private final List<SourceSummary> sources = new ArrayList<>();

    private Builder(InputFormat format, Compression compression) {
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
     * Adds active findings of one severity and code.
     *
     * @param severity the severity, not null
     * @param code the finding code, not null
     * @param count the number of findings, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder findings(Severity severity, String code, long count) {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(code, "code");
      if (count < 0) {
        throw new IllegalArgumentException("a finding count must be >= 0, but was " + count);
      }
      tally.bySeverity.merge(severity, count, Long::sum);
      tally.byCode.merge(code, count, Long::sum);
      return this;
    }

    /**
     * Adds findings suppressed by waivers.
     *
     * @param count the number, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the count is negative
     */
    public Builder suppressed(long count) {
      if (count < 0) {
        throw new IllegalArgumentException("a suppressed count must be >= 0, but was " + count);
      }
      tally.suppressed += count;
      return this;
    }

    /**
     * Sets the input's length and hash.
     *
     * @param bytes the decompressed length in bytes
     * @param sha256 the hex SHA-256 of the input, or empty if not computed; not null
     * @return this builder
     */
    public Builder input(long bytes, String sha256) {
      this.inputBytes = bytes;
      this.inputSha256 = Objects.requireNonNull(sha256, "sha256");
      return this;
    }

    /**
     * Sets the size of the cross-record state.
     *
     * @param distinctIds the distinct record ids
     * @param pendingReferences the references whose target had not appeared when they were read
     * @param datasetKeys the keys of the dataset checks
     * @return this builder
     */
    public Builder state(long distinctIds, long pendingReferences, long datasetKeys) {
      this.distinctIds = distinctIds;
      this.pendingReferences = pendingReferences;
      this.datasetKeys = datasetKeys;
      return this;
    }

    /**
     * Adds the accounting of the next input of a dataset of several inputs ({@link StreamSummary#sources()}); the
     * totals are set with the other methods.
     *
     * @param source the input's accounting, not null
     * @return this builder
     */
    public Builder source(SourceSummary source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /**
     * Builds the summary.
     *
     * @return the summary
     */
    public StreamSummary build() {
      return new StreamSummary(tally, format, compression, inputBytes, inputSha256, distinctIds, pendingReferences,
          datasetKeys, sources);
    }
  }

  /** The running counts of a validation. Not thread-safe. */
  static final class Tally {
    long valid;
    long withErrors;
    long unreadable;
    final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
    final Map<String, Long> byCode = new TreeMap<>();
    long suppressed;

    Tally() {
      for (Severity severity : Severity.values()) {
        bySeverity.put(severity, 0L);
      }
    }
  }

  /**
   * Returns the number of records read: valid + with errors + unreadable.
   *
   * @return the count
   */
  public long records() {
    return records;
  }

  /**
   * Returns the number of records read into a model value without an active error.
   *
   * @return the count
   */
  public long valid() {
    return valid;
  }

  /**
   * Returns the number of records read into a model value with at least one active error.
   *
   * @return the count
   */
  public long withErrors() {
    return withErrors;
  }

  /**
   * Returns the number of records that could not be read into a model value.
   *
   * @return the count
   */
  public long unreadable() {
    return unreadable;
  }

  /**
   * Returns the number of active findings of each severity.
   *
   * @return an immutable map with an entry for every severity
   */
  public Map<Severity, Long> findingsBySeverity() {
    return bySeverity;
  }

  /**
   * Returns the number of active findings of each code.
   *
   * @return an immutable map sorted by code
   */
  public SortedMap<String, Long> findingsByCode() {
    return byCode;
  }

  /**
   * Returns the total number of active findings.
   *
   * @return the count
   */
  public long findings() {
    return bySeverity.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the number of findings suppressed by waivers.
   *
   * @return the count
   */
  public long suppressed() {
    return suppressed;
  }

  /**
   * Returns the format the input was read as.
   *
   * @return {@link InputFormat#NDJSON} or {@link InputFormat#JSON_ARRAY}; for several inputs their common format,
   *     or {@link InputFormat#AUTO} if they differ (see {@link #sources()})
   */
  public InputFormat format() {
    return format;
  }

  /**
   * Returns the compression of the input.
   *
   * @return {@link Compression#NONE} or {@link Compression#GZIP}; for several inputs their common compression, or
   *     {@link Compression#AUTO} if they differ
   */
  public Compression compression() {
    return compression;
  }

  /**
   * Returns the length of the input's content, after decompression; for several inputs, the sum.
   *
   * @return the number of bytes
   */
  public long inputBytes() {
    return inputBytes;
  }

  /**
   * Returns the SHA-256 of the input's content, after decompression, so that two runs over the same data can be
   * matched whatever the compression. For several inputs it is the SHA-256 of their contents one after another, in
   * the order given (each input's own is in {@link #sources()}).
   *
   * @return 64 lower-case hexadecimal digits
   */
  public String inputSha256() {
    return inputSha256;
  }

  /**
   * Returns the number of distinct record ids held for duplicate and reference checks (0 when the run checks
   * neither: it then holds no ids).
   *
   * @return the count
   */
  public long distinctIds() {
    return distinctIds;
  }

  /**
   * Returns the number of references whose target had not appeared when they were read, held to the end.
   *
   * @return the count
   */
  public long pendingReferences() {
    return pendingReferences;
  }

  /**
   * Returns the number of keys held by the dataset checks at the end.
   *
   * @return the count
   */
  public long datasetKeys() {
    return datasetKeys;
  }

  /**
   * Returns the accounting of each input of a validation of several inputs as one dataset, in the order given.
   *
   * @return an immutable list; empty for a single input read with {@code validate(Path)} or
   *     {@code validate(InputStream)}
   */
  public List<SourceSummary> sources() {
    return sources;
  }

  /** Returns for example {@code StreamSummary[3 records: 1 valid, 1 with errors, 1 unreadable; 4 findings]}. */
  @Override
  public String toString() {
    return "StreamSummary[" + records + " records: " + valid + " valid, " + withErrors + " with errors, "
        + unreadable + " unreadable; " + findings() + " findings]";
  }
}

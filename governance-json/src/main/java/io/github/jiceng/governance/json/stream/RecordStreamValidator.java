package io.github.jiceng.governance.json.stream;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.json.UnknownPropertyPolicy;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Validates a stream of records, record by record, with constant memory (流式记录校验器): NDJSON or a JSON array,
 * optionally gzip, from a file or an {@link InputStream}. It never holds more than one record's bytes.
 *
 * <pre>{@code
 * RecordStreamValidator streaming = RecordStreamValidator.builder(Validator.of(StandardPacks.national())).build();
 * StreamReport report = streaming.validate(Path.of("villages.ndjson.gz"), new StreamListener() {
 *   public void finding(StreamFinding f) { System.out.println(f); }
 * });
 * report.summary();   // StreamSummary[1000000 records: 999990 valid, 7 with errors, 3 unreadable; ...]
 * }</pre>
 *
 * <p>For each record: the {@link RecordReader}'s binding (the record type from {@code "type"}, or a fixed class),
 * then Bean Validation and the rule pack through {@link Validator#check(Object, RecordLookup)}, then the cross-record
 * checks: duplicate ids per record type, the declared {@link RecordReferences references}, and the
 * {@link DatasetCheck}s (by default {@link VolunteerDailyHours}, and those added with {@link Builder#check}). Findings carry the record-relative JSON Pointer and the line and column in the input. Bad
 * input never stops the run: every record is counted as valid, with errors or unreadable, and problems of the input
 * as a whole (content after an array, a cut or damaged gzip stream) are findings about the subject {@code input}.
 * Only a failing source (an {@link IOException} that is not about the content) is thrown, as an
 * {@link UncheckedIOException}.
 *
 * <p>Limits come from Jackson's {@link StreamReadConstraints}; the maximum document length is the maximum record
 * length in bytes. {@link #DEFAULT_LIMITS} are the defaults. Immutable and thread-safe; each run has its own state.
 */
public final class RecordStreamValidator {
  /**
   * The default limits: records of at most 1 MiB, nesting depth 64, strings of 262,144 characters, numbers of 100
   * characters, property names of 1,000 characters, 100,000 tokens per record.
   */
  public static final StreamReadConstraints DEFAULT_LIMITS = StreamReadConstraints.builder()
      .maxDocumentLength(1L << 20)
      .maxNestingDepth(64)
      .maxStringLength(262_144)
      .maxNumberLength(100)
      .maxNameLength(1_000)
      .maxTokenCount(100_000)
      .build();
  /** The default number of findings a {@link StreamReport} keeps. */
  public static final int DEFAULT_KEPT_FINDINGS = 10_000;

  final Validator validator;
  final RecordReader reader;
  final Class<?> recordClass;
  final InputFormat format;
  final Compression compression;
  final RecordReferences references;
  final boolean duplicateIds;
  final List<Supplier<? extends DatasetCheck>> checks;
  final RecordLookup lookup;
  final int keptFindings;
  final StreamReadConstraints limits;
  final String defaultTypeName;
  /** Made on first use; a race makes two equal checkers, which is harmless. */
  private volatile RecordChecker checker;

  private RecordStreamValidator(Builder builder) {
    this.validator = builder.validator;
    this.limits = builder.limits;
    this.reader = RecordReader.builder()
        .recordTypes(builder.recordTypes)
        .unknownProperties(builder.unknownProperties)
        .lenientCreditCodes(builder.lenientCreditCodes)
        .limits(builder.limits)
        .build();
    this.recordClass = builder.recordClass;
    this.format = builder.format;
    this.compression = builder.compression;
    this.references = builder.references;
    this.duplicateIds = builder.duplicateIds;
    List<Supplier<? extends DatasetCheck>> all = new ArrayList<>();
    if (builder.standardChecks) {
      all.add(VolunteerDailyHours.of(builder.validator));
    }
    all.addAll(builder.checks);
    this.checks = List.copyOf(all);
    this.lookup = builder.lookup;
    this.keptFindings = builder.keptFindings;
    this.defaultTypeName = builder.recordTypes.nameOf(recordClass).orElse("record");
  }

  /**
   * Starts a streaming validator.
   *
   * @param validator the rule engine, with its pack, waivers and options, not null
   * @return a builder
   */
  public static Builder builder(Validator validator) {
    return new Builder(validator);
  }

  /**
   * Validates a file; a {@code .gz} file or any gzip content is decompressed (with {@link Compression#AUTO}).
   *
   * @param path the file, not null
   * @param listener receives the results as they are made, not null
   * @return the report
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public StreamReport validate(Path path, StreamListener listener) {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return validate(in, listener);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Validates a file, keeping the findings in the report only.
   *
   * @param path the file, not null
   * @return the report
   * @throws UncheckedIOException if the file cannot be opened or read
   */
  public StreamReport validate(Path path) {
    return validate(path, StreamListener.NONE);
  }

  /**
   * Validates several files as one dataset (多个输入作为一个数据集), for an export split into files whose records refer to
   * each other (say {@code territory.ndjson}, {@code linkage.ndjson} and {@code service.ndjson}). Each file is read
   * as {@link #validate(Path, StreamListener)} reads one (its own format and compression detection), one after
   * another in the order given, but the cross-record state is shared: an id used in two files is a duplicate
   * ({@code json.duplicate-id}, whose attributes {@code firstSource} and {@code firstLine} give the first record), a
   * reference may point into any of the files and is reported only if no file has its target, and the dataset checks
   * sum over all files.
   *
   * <p>Findings and outcomes name their file ({@link StreamFinding#source()}, {@link RecordOutcome#source()}) and
   * number records within it, so that a finding reads {@code service.ndjson:123:5}. A file is named by its file name,
   * or, when two of the files have the same file name, by the path as given (with {@code /} separators; see
   * {@link SourceNames}). Bad content in
   * one file never stops the run; the next file is read after it. The summary counts every file
   * ({@link StreamSummary#sources()}) and the total.
   *
   * @param paths the files, at least one, none twice, not null
   * @param listener receives the results as they are made, not null
   * @return the report
   * @throws IllegalArgumentException if there is no file or a file is given twice
   * @throws UncheckedIOException if a file cannot be opened or read; the run stops there
   */
  public StreamReport validate(List<Path> paths, StreamListener listener) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(listener, "listener");
    List<Path> files = List.copyOf(paths);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input: give at least one file");
    }
    List<String> slashed = new ArrayList<>(files.size());
    files.forEach(file -> slashed.add(file.toString().replace(file.getFileSystem().getSeparator(), "/")));
    return new StreamRun(this, listener).run(files, SourceNames.of(slashed));
  }

  /**
   * Validates several files as one dataset, keeping the findings in the report only.
   *
   * @param paths the files, at least one, none twice, not null
   * @return the report
   * @throws IllegalArgumentException if there is no file or a file is given twice
   * @throws UncheckedIOException if a file cannot be opened or read
   */
  public StreamReport validate(List<Path> paths) {
    return validate(paths, StreamListener.NONE);
  }

  /**
   * Validates the records of a stream, read to its end; the stream is not closed.
   *
   * @param in the input, not null
   * @param listener receives the results as they are made, not null
   * @return the report
   * @throws UncheckedIOException if the stream fails (not for bad content, which becomes findings)
   */
  public StreamReport validate(InputStream in, StreamListener listener) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(listener, "listener");
    try {
      return new StreamRun(this, listener).run(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the input", e);
    }
  }

  /**
   * Returns the per-record step of this validator: binding, Bean Validation and the rule pack for one record, without
   * the checks across records. For running the validation elsewhere, such as over the partitions of a cluster.
   *
   * @return the checker, immutable and thread-safe
   */
  public RecordChecker recordChecker() {
    RecordChecker checker = this.checker;
    if (checker == null) {
      checker = new RecordChecker(this);
      this.checker = checker;
    }
    return checker;
  }

  /**
   * Returns the checks across records of this validator as keyed aggregations, in the order of its configuration:
   * {@link DuplicateIds} (if duplicate ids are reported), {@link MissingReferences} for the declared references, then
   * the dataset checks that are keyed checks (such as every {@link SumPerKey}, and so {@link VolunteerDailyHours}).
   * Run over the outcomes of {@link #recordChecker()} they give the findings that this validator gives across
   * records.
   *
   * @return an immutable list
   * @throws IllegalStateException if a dataset check added with {@link Builder#check} is not a {@link KeyedCheck},
   *     since it can then run only in one stream
   */
  public List<KeyedCheck<?>> keyedChecks() {
    List<KeyedCheck<?>> keyed = new ArrayList<>();
    if (duplicateIds) {
      keyed.add(DuplicateIds.check());
    }
    keyed.add(MissingReferences.of(validator, references, lookup));
    for (Supplier<? extends DatasetCheck> check : checks) {
      if (!(check instanceof KeyedCheck)) {
        throw new IllegalStateException("the dataset check " + check + " is not a KeyedCheck: it can run only in "
            + "one stream; write it as a KeyedCheck (such as a SumPerKey) to run it as a keyed aggregation");
      }
      keyed.add((KeyedCheck<?>) check);
    }
    return List.copyOf(keyed);
  }

  /** Returns for example {@code RecordStreamValidator[Validator[cn 2026.11, ...], AUTO, AUTO]}. */
  @Override
  public String toString() {
    return "RecordStreamValidator[" + validator + ", " + reader + ", format " + format + ", compression "
        + compression + ", " + references.all().size() + " references, " + checks.size() + " dataset checks]";
  }

  /** Builds a {@link RecordStreamValidator}. Not thread-safe. */
  public static final class Builder {
    private final Validator validator;
    private RecordTypes recordTypes = RecordTypes.standard();
    private UnknownPropertyPolicy unknownProperties = UnknownPropertyPolicy.ERROR;
    private boolean lenientCreditCodes;
    private StreamReadConstraints limits = DEFAULT_LIMITS;
    private Class<?> recordClass = Object.class;
    private InputFormat format = InputFormat.AUTO;
    private Compression compression = Compression.AUTO;
    private RecordReferences references = RecordReferences.standard();
    private boolean duplicateIds = true;
    private boolean standardChecks = true;
    private final List<Supplier<? extends DatasetCheck>> checks = new ArrayList<>();
    private RecordLookup lookup = RecordLookup.none();
    private int keptFindings = DEFAULT_KEPT_FINDINGS;

    private Builder(Validator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
    }

    /**
     * Sets the record types read by {@code "type"}; the default is {@link RecordTypes#standard()}. Use the same
     * registry as the validator's.
     *
     * @param recordTypes the record types, not null
     * @return this builder
     */
    public Builder recordTypes(RecordTypes recordTypes) {
      this.recordTypes = Objects.requireNonNull(recordTypes, "recordTypes");
      return this;
    }

    /**
     * Reads every record as one class instead of by its {@code "type"} (which is then optional, and must name that
     * class if present); the default, {@code Object.class}, reads by {@code "type"}.
     *
     * @param recordClass the class, not null
     * @return this builder
     */
    public Builder recordClass(Class<?> recordClass) {
      this.recordClass = Objects.requireNonNull(recordClass, "recordClass");
      return this;
    }

    /**
     * Sets what to do with unknown properties; the default is {@link UnknownPropertyPolicy#ERROR}.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder unknownProperties(UnknownPropertyPolicy policy) {
      this.unknownProperties = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets whether credit codes that fail their checks are accepted; the default is false.
     *
     * @param lenient true to accept them
     * @return this builder
     */
    public Builder lenientCreditCodes(boolean lenient) {
      this.lenientCreditCodes = lenient;
      return this;
    }

    /**
     * Sets the limits of one record; the default is {@link #DEFAULT_LIMITS}. The maximum document length is the
     * maximum record length in bytes and must be set, so that memory stays bounded.
     *
     * @param limits the limits, not null
     * @return this builder
     * @throws IllegalArgumentException if the limits have no maximum document length
     */
    public Builder limits(StreamReadConstraints limits) {
      Objects.requireNonNull(limits, "limits");
      if (!limits.hasMaxDocumentLength()) {
        throw new IllegalArgumentException(
            "streaming needs a maximum record length: set StreamReadConstraints.maxDocumentLength, for example to "
                + DEFAULT_LIMITS.getMaxDocumentLength() + " bytes");
      }
      this.limits = limits;
      return this;
    }

    /**
     * Sets the input format; the default is {@link InputFormat#AUTO}.
     *
     * @param format the format, not null
     * @return this builder
     */
    public Builder format(InputFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /**
     * Sets the compression; the default is {@link Compression#AUTO}.
     *
     * @param compression the compression, not null
     * @return this builder
     */
    public Builder compression(Compression compression) {
      this.compression = Objects.requireNonNull(compression, "compression");
      return this;
    }

    /**
     * Sets the references to check; the default is {@link RecordReferences#standard()}.
     *
     * @param references the references, not null
     * @return this builder
     */
    public Builder references(RecordReferences references) {
      this.references = Objects.requireNonNull(references, "references");
      return this;
    }

    /**
     * Sets whether a record id used twice for one record type is a {@code json.duplicate-id} error; on by default.
     *
     * @param report true to report duplicates
     * @return this builder
     */
    public Builder duplicateIds(boolean report) {
      this.duplicateIds = report;
      return this;
    }

    /**
     * Sets whether the library's own checks across records run: the volunteers' daily service hours
     * ({@link VolunteerDailyHours}); on by default.
     *
     * @param run true to run them
     * @return this builder
     */
    public Builder standardChecks(boolean run) {
      this.standardChecks = run;
      return this;
    }

    /**
     * Adds a check across records; the factory makes a new instance for every run.
     *
     * @param check the factory, not null
     * @return this builder
     */
    public Builder check(Supplier<? extends DatasetCheck> check) {
      checks.add(Objects.requireNonNull(check, "check"));
      return this;
    }

    /**
     * Sets records outside the input that references may name (a reference register of townships, say); the
     * default knows none. A reference to a type this lookup covers is checked even if the input has no record of
     * that type.
     *
     * @param lookup the lookup, thread-safe if the validator is shared, not null
     * @return this builder
     */
    public Builder lookup(RecordLookup lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Sets how many findings a {@link StreamReport} keeps; the default is {@link #DEFAULT_KEPT_FINDINGS}. The
     * listener sees all of them and the summary counts all of them.
     *
     * @param kept the number, at least 0
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder keptFindings(int kept) {
      if (kept < 0) {
        throw new IllegalArgumentException("kept findings must be >= 0, but was " + kept);
      }
      this.keptFindings = kept;
      return this;
    }

    /**
     * Builds the streaming validator.
     *
     * @return the streaming validator
     */
    public RecordStreamValidator build() {
      return new RecordStreamValidator(this);
    }
  }
}

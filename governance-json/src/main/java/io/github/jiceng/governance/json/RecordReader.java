package io.github.jiceng.governance.json;

import io.github.jiceng.governance.rules.RecordTypes;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one JSON document into a model value and reports every problem of the input as a finding instead of
 * throwing (记录读取器).
 *
 * <pre>{@code
 * RecordReader reader = RecordReader.create();
 * ReadResult<Village> result = reader.read(json, Village.class);
 * result.value();      // Optional[Village[500154001001 金州社区 ...]]
 * result.findings();   // for example [ERROR json.invalid-value village at /townshipCode (line 1, column 61): ...]
 *
 * ReadResult<Object> any = reader.readRecord(json);   // the class is chosen by the record's "type"
 * }</pre>
 *
 * <p>Findings have the codes of {@link JsonFindingCodes}, severity {@code ERROR} (unknown properties: as configured),
 * a JSON Pointer, the line and column of the value (of the closing brace for a missing property), and messages in
 * Chinese and English from this package's bundle. Their subject is the record type name without id. No exception
 * escapes for a problem of the input; {@link UncheckedIOException} is thrown only when a {@link Reader} fails, and
 * internal errors (a model type without a JSON mapping) are rethrown.
 *
 * <p>What is read: a whole document of one value, from a {@code String}, a {@link Reader} (read to its end) or UTF-8
 * bytes; line and column count characters in all three. A leading byte order mark is ignored. The parser's limits are
 * Jackson's {@code StreamReadConstraints} defaults (nesting depth 1000, strings of 20,000,000 characters, numbers of
 * 1000 digits, property names of 50,000 characters); exceeding one is a {@code json.syntax} finding. Reading a
 * document that holds many records one by one is left to the streaming reader.
 *
 * <p>Reading stops at the first value problem of a document, because Jackson cannot build the record past it; all
 * unknown properties are reported. Instances are immutable and thread-safe.
 */
public final class RecordReader {
  private final RecordTypes types;
  private final UnknownPropertyPolicy unknownProperties;
  private final boolean lenientCreditCodes;
  private final StreamReadConstraints limits;
  /** The mapper; never handed out, so never reconfigured after construction. */
  private final ObjectMapper mapper;
  /** Reads one value; this class checks for content after it. */
  private final ObjectReader reader;
  /** Reads clean records from their bytes. */
  private final ByteBinding bytes;

  private RecordReader(Builder builder) {
    this.types = builder.types;
    this.unknownProperties = builder.unknownProperties;
    this.lenientCreditCodes = builder.lenientCreditCodes;
    this.limits = builder.limits;
    this.mapper = GovernanceJson.mapper(
        new GovernanceModule().withRecordTypes(types).withLenientCreditCodes(lenientCreditCodes), limits);
    this.mapper.addHandler(new UnknownPropertyCollector(types, unknownProperties));
    this.reader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.bytes = new ByteBinding(types, mapper, reader);
  }

  /**
   * Returns a reader with the standard record types, unknown properties as errors and strict credit codes.
   *
   * @return the reader
   */
  public static RecordReader create() {
    return builder().build();
  }

  /**
   * Starts a reader.
   *
   * @return a new builder with the defaults of {@link #create()}
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a document as a class. If the class is not a registered record type (nor a subclass of one) but some
   * registered types are subclasses of it, such as {@code TerritorialUnit}, the record's {@code "type"} property
   * chooses the class, as in {@link #readRecord(String)}.
   *
   * @param json the document; null or blank is a {@code json.syntax} finding
   * @param type the class, not null
   * @param <T> the type of the value
   * @return the value, if one could be built, and the findings
   * @throws NullPointerException if {@code type} is null
   */
  public <T> ReadResult<T> read(String json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return readText(json == null ? null : Utf8Input.withoutByteOrderMark(json), type);
  }

  /**
   * Reads a document from a reader, to its end, as a class (see {@link #read(String, Class)}). The reader is not
   * closed.
   *
   * @param json the document; null is a {@code json.syntax} finding
   * @param type the class, not null
   * @param <T> the type of the value
   * @return the value, if one could be built, and the findings
   * @throws UncheckedIOException if the reader fails
   * @throws NullPointerException if {@code type} is null
   */
  public <T> ReadResult<T> read(Reader json, Class<T> type) {
    return read(json == null ? null : Utf8Input.readFully(json), type);
  }

  /**
   * Reads a document of UTF-8 bytes as a class (see {@link #read(String, Class)}). Bytes that are not UTF-8 are a
   * {@code json.syntax} finding with their offset.
   *
   * @param json the document; null or empty is a {@code json.syntax} finding
   * @param type the class, not null
   * @param <T> the type of the value
   * @return the value, if one could be built, and the findings
   * @throws NullPointerException if {@code type} is null
   */
  public <T> ReadResult<T> read(byte[] json, Class<T> type) {
    Objects.requireNonNull(type, "type");
    if (json == null) {
      return read((String) null, type);
    }
    Utf8Input.Decoded decoded = Utf8Input.decode(json);
    if (decoded.text() == null) {
      Subject subject = Subject.ofType(RecordTypeNames.of(types, type));
      Finding finding = new ReadProblems(types, subject).make(JsonFindingCodes.SYNTAX, "encoding",
          decoded.location(), Map.of("offset", decoded.offset()));
      return ReadResult.of(Optional.empty(), List.of(finding), subject);
    }
    return read(decoded.text(), type);
  }

  /**
   * Reads a record whose class its {@code "type"} property names, among the registered record types. A missing,
   * {@code null}, non-string or unknown {@code "type"} is a finding ({@code json.missing-property},
   * {@code json.null-value}, {@code json.wrong-type}, {@code json.unknown-type}).
   *
   * @param json the document; null or blank is a {@code json.syntax} finding
   * @return the record, if one could be built, and the findings; the subject is the record's type name
   */
  public ReadResult<Object> readRecord(String json) {
    return read(json, Object.class);
  }

  /**
   * Reads a record whose class its {@code "type"} property names (see {@link #readRecord(String)}).
   *
   * @param json the document, read to its end and not closed; null is a {@code json.syntax} finding
   * @return the record, if one could be built, and the findings
   * @throws UncheckedIOException if the reader fails
   */
  public ReadResult<Object> readRecord(Reader json) {
    return read(json, Object.class);
  }

  /**
   * Reads a record of UTF-8 bytes whose class its {@code "type"} property names (see {@link #readRecord(String)}).
   *
   * @param json the document; null or empty is a {@code json.syntax} finding
   * @return the record, if one could be built, and the findings
   */
  public ReadResult<Object> readRecord(byte[] json) {
    return read(json, Object.class);
  }

  /**
   * Reads a record that is part of a larger UTF-8 text, such as one line of an NDJSON file or one element of a JSON
   * array, as a class (see {@link #read(String, Class)}; {@code Object.class} chooses the class by {@code "type"}).
   * The lines and columns of the findings are those of the larger text: the record's first character is at
   * {@code line}, {@code column}. Bytes that are not UTF-8 are a {@code json.syntax} finding (variant
   * {@code encoding}) whose {@code offset} counts from {@code from}.
   *
   * @param utf8 the bytes of the larger text, not null
   * @param from the index of the record's first byte
   * @param to the index after the record's last byte
   * @param line the 1-based line of the record's first character in the larger text
   * @param column the 1-based column (in characters) of the record's first character
   * @param type the class, not null
   * @param <T> the type of the value
   * @return the value, if one could be built, and the findings
   * @throws IndexOutOfBoundsException if {@code from} and {@code to} are not a range of {@code utf8}
   * @throws IllegalArgumentException if {@code line} or {@code column} is less than 1
   * @throws NullPointerException if {@code utf8} or {@code type} is null
   */
  public <T> ReadResult<T> readEmbedded(byte[] utf8, int from, int to, int line, int column, Class<T> type) {
    Objects.requireNonNull(utf8, "utf8");
    Objects.requireNonNull(type, "type");
    Objects.checkFromToIndex(from, to, utf8.length);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, but were " + line + ", " + column);
    }
    ReadResult<T> clean = bytes.read(utf8, from, to, type);
    return clean != null ? clean : readEmbeddedText(utf8, from, to, line, column, type);
  }

  /**
   * Reads a record that is part of a larger text the general way: decoded into a {@code String}, its type found by a
   * first scan, then bound. {@link #readEmbedded} tries a fast path from the bytes first; tests compare the two.
   *
   * @param utf8 the bytes of the larger text
   * @param from the index of the record's first byte
   * @param to the index after the record's last byte
   * @param line the line of the record's first character
   * @param column the column of the record's first character
   * @param type the class
   * @param <T> the type of the value
   * @return the value, if one could be built, and the findings
   */
  <T> ReadResult<T> readEmbeddedText(byte[] utf8, int from, int to, int line, int column, Class<T> type) {
    Utf8Input.Decoded decoded = Utf8Input.decode(utf8, from, to);
    ReadResult<T> result;
    if (decoded.text() == null) {
      Subject subject = Subject.ofType(RecordTypeNames.of(types, type));
      Finding finding = new ReadProblems(types, subject).make(JsonFindingCodes.SYNTAX, "encoding",
          decoded.location(), Map.of("offset", decoded.offset()));
      result = ReadResult.of(Optional.empty(), List.of(finding), subject);
    } else {
      result = readText(decoded.text(), type);
    }
    return line == 1 && column == 1 ? result : result.shifted(line, column);
  }

  /**
   * Returns the record types this reader knows.
   *
   * @return the record types
   */
  public RecordTypes recordTypes() {
    return types;
  }

  /**
   * Returns what this reader does with unknown properties.
   *
   * @return the policy
   */
  public UnknownPropertyPolicy unknownProperties() {
    return unknownProperties;
  }

  /**
   * Returns whether this reader accepts credit codes that fail their checks.
   *
   * @return true if credit codes are read leniently
   */
  public boolean lenientCreditCodes() {
    return lenientCreditCodes;
  }

  /**
   * Returns the parser limits of this reader.
   *
   * @return the limits
   */
  public StreamReadConstraints limits() {
    return limits;
  }

  private <T> ReadResult<T> readText(String text, Class<T> type) {
    Subject subject = Subject.ofType(RecordTypeNames.of(types, type));
    if (text == null || text.isBlank()) {
      ReadProblems problems = new ReadProblems(types, subject);
      return ReadResult.of(Optional.empty(), List.of(problems.syntax("empty", null, null, null)), subject);
    }
    Class<?> target = type;
    Set<String> candidates = types.nameOf(type).isPresent() ? Set.of() : types.namesOfSubtypes(type);
    if (!candidates.isEmpty()) {
      TypeScan.Outcome scan = TypeScan.scan(mapper, text, candidates, new ReadProblems(types, subject));
      if (scan.name() == null) {
        return ReadResult.of(Optional.empty(), scan.findings(), subject);
      }
      target = types.classOf(scan.name()).orElseThrow();
      subject = Subject.ofType(scan.name());
    }
    return bind(text, type, target, subject);
  }

  private <T> ReadResult<T> bind(String text, Class<T> type, Class<?> target, Subject subject) {
    ReadProblems problems = new ReadProblems(types, subject);
    UnknownPropertyCollector.Findings collected = new UnknownPropertyCollector.Findings(subject);
    List<Finding> findings = new ArrayList<>();
    JsonParser parser = null;
    try {
      parser = mapper.createParser(text);
      parser.nextToken();
      Object value = reader.forType(target).withAttribute(UnknownPropertyCollector.FINDINGS, collected)
          .readValue(parser);
      findings.addAll(collected.findings());
      if (value == null) {
        Map<String, Object> arguments = JsonFindings.about(JsonPointer.root());
        arguments.put("expected", ValueDescriptions.expected(mapper.constructType(target)));
        findings.add(problems.make(JsonFindingCodes.NULL_VALUE, null,
            Pointers.location(JsonPointer.root(), parser.currentTokenLocation()), arguments));
        return ReadResult.of(Optional.empty(), findings, subject);
      }
      if (parser.nextToken() != null) {
        findings.add(problems.syntax("trailing", null, parser.currentTokenLocation(), null));
        return ReadResult.of(Optional.empty(), findings, subject);
      }
      return ReadResult.of(Optional.of(type.cast(value)), findings, subject);
    } catch (JacksonException e) {
      findings.addAll(collected.findings());
      findings.addAll(problems.translate(e, parser));
      return ReadResult.of(Optional.empty(), findings, subject);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      closeQuietly(parser);
    }
  }

  /**
   * Closes a parser, ignoring a failure: the input is in memory.
   *
   * @param parser the parser, may be null
   */
  static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // nothing to release
      }
    }
  }

  /** Returns for example {@code RecordReader[RecordTypes[district, township, village], unknown properties ERROR]}. */
  @Override
  public String toString() {
    return "RecordReader[" + types + ", unknown properties " + unknownProperties
        + (lenientCreditCodes ? ", lenient credit codes" : "") + "]";
  }

  /** Builds a {@link RecordReader}. Not thread-safe. */
  public static final class Builder {
    private RecordTypes types = RecordTypes.standard();
    private UnknownPropertyPolicy unknownProperties = UnknownPropertyPolicy.ERROR;
    private boolean lenientCreditCodes;
    private StreamReadConstraints limits = StreamReadConstraints.defaults();

    private Builder() {
    }

    /**
     * Sets the parser limits (nesting depth, string, number and property name length, document length, token count);
     * the default is Jackson's {@link StreamReadConstraints#defaults()}. A document that exceeds one is a
     * {@code json.syntax} finding (variant {@code limit}).
     *
     * @param limits the limits, not null
     * @return this builder
     */
    public Builder limits(StreamReadConstraints limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the record types, for the {@code "type"} property; the default is {@link RecordTypes#standard()}.
     *
     * @param recordTypes the record types, not null
     * @return this builder
     */
    public Builder recordTypes(RecordTypes recordTypes) {
      this.types = Objects.requireNonNull(recordTypes, "recordTypes");
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
     * Sets whether credit codes that fail their check characters are accepted (see
     * {@link GovernanceModule#withLenientCreditCodes(boolean)}); the default is false.
     *
     * @param lenient true to accept them
     * @return this builder
     */
    public Builder lenientCreditCodes(boolean lenient) {
      this.lenientCreditCodes = lenient;
      return this;
    }

    /**
     * Builds the reader. This configures a mapper, so build a reader once and share it.
     *
     * @return the reader
     */
    public RecordReader build() {
      return new RecordReader(this);
    }
  }
}

package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast path of {@link RecordReader#readEmbedded}: binds a clean record straight from its UTF-8 bytes with one
 * parser, in one pass when {@code "type"} is its first property, without decoding it into a {@code String} or
 * scanning it twice.
 *
 * <p>It gives a result only for a record that reads without any finding: well-formed UTF-8 without a byte order mark,
 * {@code "type"} first (when the class is chosen by it) and naming an allowed type, no unknown property (unless they
 * are ignored), no value problem, nothing after the value. For anything else it gives up and the general path reads
 * the record again from its text, so that findings and their positions (which count characters) are exactly those of
 * the general path. Giving up costs only the records that have findings. Thread-safe.
 */
final class ByteBinding {
  /**
   * The value of the context attribute {@link UnknownPropertyCollector#FINDINGS} on the fast path: an unknown property
   * that is not ignored makes the binding fail, and the general path reports it.
   */
  static final Object ATTEMPT = new Object();

  private final RecordTypes types;
  private final ObjectMapper mapper;
  private final ObjectReader reader;
  private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
  private final Map<Class<?>, Optional<Target>> targets = new ConcurrentHashMap<>();

  /**
   * Creates the fast path of a reader.
   *
   * @param types the reader's record types
   * @param mapper the reader's mapper
   * @param reader the reader's object reader (which does not fail on trailing tokens)
   */
  ByteBinding(RecordTypes types, ObjectMapper mapper, ObjectReader reader) {
    this.types = types;
    this.mapper = mapper;
    this.reader = reader.withAttribute(UnknownPropertyCollector.FINDINGS, ATTEMPT);
  }

  /** How a requested class is read: as a registered record type, or by {@code "type"} among some. */
  private static final class Target {
    /** The registered class, or null to choose by {@code "type"}. */
    private final Class<?> fixed;
    /** The subject of the fixed class. */
    private final Subject subject;
    /** The type names allowed in {@code "type"}, for a class chosen by it. */
    private final Set<String> allowed;

    private Target(Class<?> fixed, Subject subject, Set<String> allowed) {
      this.fixed = fixed;
      this.subject = subject;
      this.allowed = allowed;
    }
  }

  /**
   * Reads a clean record from its bytes.
   *
   * @param utf8 the bytes
   * @param from the record's first byte
   * @param to the index after its last byte
   * @param type the requested class
   * @param <T> the type of the value
   * @return the value without findings, or null if the general path must read the record
   */
  <T> ReadResult<T> read(byte[] utf8, int from, int to, Class<T> type) {
    Target target = targets.computeIfAbsent(type, this::target).orElse(null);
    if (target == null || !Utf8Input.isPlainUtf8(utf8, from, to)) {
      return null;
    }
    JsonParser parser = null;
    try {
      parser = mapper.createParser(utf8, from, to - from);
      Class<?> bound = target.fixed;
      Subject subject = target.subject;
      if (bound == null) {
        if (parser.nextToken() != JsonToken.START_OBJECT
            || !GovernanceJson.TYPE_PROPERTY.equals(parser.nextFieldName())
            || parser.nextToken() != JsonToken.VALUE_STRING) {
          return null;
        }
        String name = parser.getText();
        if (!target.allowed.contains(name)) {
          return null;
        }
        bound = types.classOf(name).orElse(null);
        if (bound == null || !name.equals(types.nameOf(bound).orElse(null))) {
          return null;
        }
        subject = Subject.ofType(name);
        if (parser.nextToken() != JsonToken.FIELD_NAME) {
          return null; // a record of "type" alone: the general path reads it
        }
      } else if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object value = readerFor(bound).readValue(parser);
      if (value == null || parser.nextToken() != null) {
        return null;
      }
      return ReadResult.clean(type.cast(value), subject);
    } catch (IOException | RuntimeException e) {
      return null; // the general path reads the record again and reports or rethrows what is wrong
    } finally {
      RecordReader.closeQuietly(parser);
    }
  }

  private ObjectReader readerFor(Class<?> bound) {
    ObjectReader found = readers.get(bound);
    if (found == null) {
      found = reader.forType(bound);
      readers.put(bound, found);
    }
    return found;
  }

  private Optional<Target> target(Class<?> type) {
    Optional<String> name = types.nameOf(type);
    if (name.isPresent()) {
      Class<?> registered = types.classOf(name.get()).orElse(null);
      return registered == type ? Optional.of(new Target(type, Subject.ofType(name.get()), Set.of()))
          : Optional.empty();
    }
    Set<String> allowed = types.namesOfSubtypes(type);
    return allowed.isEmpty() ? Optional.empty() : Optional.of(new Target(null, null, Set.copyOf(allowed)));
  }

  /** Returns for example {@code ByteBinding[3 classes]}. */
  @Override
  public String toString() {
    return "ByteBinding[" + readers.size() + " classes]";
  }
}

package io.github.jiceng.governance.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jiceng.governance.json.binding.DirectBinding;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Subject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fast path of {@link RecordReader#readEmbedded}: binds a clean record straight from its UTF-8 bytes, first with
 * the {@link DirectBinding} (a hand-written scan into the builder), then, if that gives up, with one Jackson parser, in
 * one pass when {@code "type"} is its first property, without decoding it into a {@code String} or scanning it twice.
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
  private final DirectBinding direct;
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
    this.direct = DirectBinding.of(mapper, types);
  }

  /** A registered class to bind, its readers and the subject of its records. */
  private static final class Bound {
    private final Class<?> type;
    private final ObjectReader reader;
    /** The direct binding of the class, or null. */
    private final DirectBinding.Binding direct;
    private final Subject subject;

    private Bound(Class<?> type, ObjectReader reader, DirectBinding.Binding direct, Subject subject) {
      this.type = type;
      this.reader = reader;
      this.direct = direct;
      this.subject = subject;
    }
  }

  /** How a requested class is read: as a registered record type, or by {@code "type"} among some. */
  private static final class Target {
    /** The registered class, or null to choose by {@code "type"}. */
    private final Bound fixed;
    /** The classes allowed by their names in {@code "type"}, for a class chosen by it. */
    private final Map<String, Bound> byName;
    /**
     * The type name read last and its class: records of one type usually come together, so the next record's name is
     * compared in its bytes, without decoding it or looking it up. Shared by threads without locks: the pair is
     * immutable, so a thread sees a whole one or an older one.
     */
    private LastType last;

    private Target(Bound fixed, Map<String, Bound> byName) {
      this.fixed = fixed;
      this.byName = byName;
    }

    /** Returns the class a record's bytes name in their leading {@code "type"}, or null. */
    private Bound byLeadingType(DirectBinding direct, byte[] utf8, int from, int to) {
      long range = DirectBinding.leadingType(utf8, from, to);
      LastType seen = last;
      if (seen != null && range >= 0
          && Arrays.equals(utf8, (int) (range >>> 32), (int) range, seen.name, 0, seen.name.length)) {
        return seen.bound; // the same bytes, without escapes, are the same name
      }
      String name = direct.typeNameAt(utf8, range);
      Bound bound = name == null ? null : byName.get(name);
      if (bound != null) {
        last = new LastType(name.getBytes(StandardCharsets.UTF_8), bound);
      }
      return bound;
    }
  }

  /** A type name's UTF-8 bytes and the class it names. */
  private static final class LastType {
    private final byte[] name;
    private final Bound bound;

    private LastType(byte[] name, Bound bound) {
      this.name = name;
      this.bound = bound;
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
    Optional<Target> known = targets.get(type);
    if (known == null) {
      known = targets.computeIfAbsent(type, this::target);
    }
    Target target = known.orElse(null);
    if (target == null) {
      return null;
    }
    Bound chosen = target.fixed != null ? target.fixed : target.byLeadingType(direct, utf8, from, to);
    if (chosen != null && chosen.direct != null) {
      Object value = direct.read(utf8, from, to, chosen.direct); // gives up on bytes that are not UTF-8
      if (value != null) {
        return ReadResult.clean(type.cast(value), chosen.subject);
      }
    }
    if (!Utf8Input.isPlainUtf8(utf8, from, to)) {
      return null;
    }
    JsonParser parser = null;
    try {
      parser = mapper.createParser(utf8, from, to - from);
      Bound bound = target.fixed;
      if (bound == null) {
        if (parser.nextToken() != JsonToken.START_OBJECT
            || !GovernanceJson.TYPE_PROPERTY.equals(parser.nextFieldName())
            || parser.nextToken() != JsonToken.VALUE_STRING) {
          return null;
        }
        bound = target.byName.get(parser.getText());
        if (bound == null || parser.nextToken() != JsonToken.FIELD_NAME) {
          return null; // not an allowed type, or a record of "type" alone: the general path reads it
        }
      } else if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object value = bound.reader.readValue(parser);
      if (value == null || parser.nextToken() != null) {
        return null;
      }
      return ReadResult.clean(type.cast(value), bound.subject);
    } catch (IOException | RuntimeException e) {
      return null; // the general path reads the record again and reports or rethrows what is wrong
    } finally {
      RecordReader.closeQuietly(parser);
    }
  }

  private Optional<Target> target(Class<?> type) {
    Optional<String> name = types.nameOf(type);
    if (name.isPresent()) {
      Bound bound = bound(name.get());
      return bound != null && bound.type == type ? Optional.of(new Target(bound, Map.of())) : Optional.empty();
    }
    Map<String, Bound> byName = new HashMap<>();
    for (String allowed : types.namesOfSubtypes(type)) {
      Bound bound = bound(allowed);
      if (bound != null) {
        byName.put(allowed, bound);
      }
    }
    return byName.isEmpty() ? Optional.empty() : Optional.of(new Target(null, Map.copyOf(byName)));
  }

  /** The class of a type name, if the class's name is that name again (as the {@code "type"} check requires). */
  private Bound bound(String name) {
    Class<?> registered = types.classOf(name).orElse(null);
    return registered != null && name.equals(types.nameOf(registered).orElse(null))
        ? new Bound(registered, reader.forType(registered), direct.binding(registered).orElse(null),
            Subject.ofType(name))
        : null;
  }

  /** Returns for example {@code ByteBinding[1 requested classes]}. */
  @Override
  public String toString() {
    return "ByteBinding[" + targets.size() + " requested classes]";
  }
}

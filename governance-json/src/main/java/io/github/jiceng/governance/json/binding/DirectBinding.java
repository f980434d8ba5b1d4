package io.github.jiceng.governance.json.binding;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.rules.RecordTypes;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds clean records of the model straight from their UTF-8 bytes (直接绑定), for the fast path of the record
 * reader: a hand-written scan of the bytes that fills the Immutables builder through setters resolved once, instead of
 * databind's generic property lookup, reflection and token buffering.
 *
 * <p>What it binds, and how, is taken from databind's own deserializers for the same mapper (property names, builder
 * setters, the deserializer of each value), so that it gives the value databind gives. It gives up (returns null) on
 * anything that is not plainly valid: an unknown, repeated or {@code null} property, a malformed escape or a control
 * character in a string, an integer with a fraction or an exponent, a value of a kind or a deserializer it does not
 * know, a value the builder refuses, input near a parser limit (a record longer in bytes than the maximum token
 * count or the maximum document length, a string longer than the maximum length, an integer with more digits than
 * the maximum number length, nesting deeper than the maximum depth), bytes that are not well-formed UTF-8, a byte
 * order mark. The caller then reads the record with Jackson, which reports what is wrong. Thread-safe.
 */
public final class DirectBinding {
  private static final byte[] TYPE_NAME = "type".getBytes(StandardCharsets.US_ASCII);

  private final BindingPlan plan;
  private final int maxStringLength;
  /** The parser's maximum number of digits in a number. */
  private final int maxNumberLength;
  /** The parser's maximum token count, or 0 for none. */
  private final long maxTokenCount;
  /** The parser's maximum document length, or 0 for none. */
  private final long maxDocumentLength;
  private final Map<Class<?>, Optional<Binding>> bindings = new ConcurrentHashMap<>();

  private DirectBinding(BindingPlan plan, int maxStringLength, int maxNumberLength, long maxTokenCount,
      long maxDocumentLength) {
    this.plan = plan;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxTokenCount = maxTokenCount;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * Creates the direct binding of a mapper.
   *
   * @param mapper the mapper whose deserializers define the binding, not null
   * @param types the record types whose {@code "type"} property is checked, not null
   * @return the binding
   */
  public static DirectBinding of(ObjectMapper mapper, RecordTypes types) {
    StreamReadConstraints limits = mapper.getFactory().streamReadConstraints();
    int maxString = Math.min(limits.getMaxStringLength(), limits.getMaxNameLength());
    return new DirectBinding(new BindingPlan(mapper, types, limits.getMaxNestingDepth()), maxString,
        limits.getMaxNumberLength(), Math.max(0, limits.getMaxTokenCount()),
        limits.hasMaxDocumentLength() ? limits.getMaxDocumentLength() : 0);
  }

  /** The binding of one class, to give to {@link #read}. */
  public static final class Binding {
    private final ObjectBinding object;

    private Binding(ObjectBinding object) {
      this.object = object;
    }

    /** Returns for example {@code Binding[ObjectBinding[ServiceRecord, 17 properties]]}. */
    @Override
    public String toString() {
      return "Binding[" + object + "]";
    }
  }

  /**
   * Returns the binding of a class.
   *
   * @param type the class, not null
   * @return the binding, or empty if records of the class are always left to databind
   */
  public Optional<Binding> binding(Class<?> type) {
    Objects.requireNonNull(type, "type");
    Optional<Binding> known = bindings.get(type);
    return known != null ? known
        : bindings.computeIfAbsent(type, t -> plan.objectBinding(t).map(Binding::new));
  }

  /**
   * Reads a record: one JSON object and nothing after it but whitespace.
   *
   * @param bytes the bytes
   * @param from the record's first byte
   * @param to the index after its last byte
   * @param binding the binding of the record's class, not null
   * @return the value, or null if databind must read the record
   */
  public Object read(byte[] bytes, int from, int to, Binding binding) {
    if (maxTokenCount > 0 && to - from > maxTokenCount) {
      return null; // every token takes a byte at least, so a record no longer than the limit cannot exceed it
    }
    if (maxDocumentLength > 0 && to - from > maxDocumentLength) {
      return null; // a record has no more characters than bytes, so one no longer in bytes cannot exceed it
    }
    ByteCursor in = new ByteCursor(bytes, from, to, maxStringLength, maxNumberLength);
    Object value = binding.object.read(in, 0);
    return value != null && in.atEnd() ? value : null;
  }

  /**
   * Returns the value of a record's {@code "type"} property if it is the record's first property and a plain string
   * (without escapes) of well-formed UTF-8, no longer than the parser's limit.
   *
   * @param bytes the bytes
   * @param from the record's first byte
   * @param to the index after its last byte
   * @return the type name, or null
   */
  public String leadingTypeName(byte[] bytes, int from, int to) {
    return typeNameAt(bytes, leadingType(bytes, from, to));
  }

  /**
   * Decodes the type name that {@link #leadingType} found, if it is well-formed UTF-8 no longer than the parser's
   * limit.
   *
   * @param bytes the bytes
   * @param range what {@link #leadingType} returned for them
   * @return the type name, or null (also for a range of -1)
   */
  public String typeNameAt(byte[] bytes, long range) {
    int start = (int) (range >>> 32);
    int end = (int) range;
    return range < 0 || end - start > maxStringLength ? null
        : ByteCursor.checked(new String(bytes, start, end - start, StandardCharsets.UTF_8));
  }

  /**
   * Finds the value of a record's {@code "type"} property if it is the record's first property and a string written
   * without escapes and control characters, without decoding it: the scan by which a reader can tell a record's type
   * from its first bytes.
   *
   * @param bytes the bytes
   * @param from the record's first byte
   * @param to the index after its last byte
   * @return the index of the value's first byte in the high half and the index of its closing quote in the low half,
   *     or -1
   */
  public static long leadingType(byte[] bytes, int from, int to) {
    ByteCursor in = new ByteCursor(bytes, from, to, Integer.MAX_VALUE, Integer.MAX_VALUE);
    return in.consume('{') && in.name(TYPE_NAME) ? in.plainString() : -1;
  }

  /** Returns for example {@code DirectBinding[3 classes]}. */
  @Override
  public String toString() {
    return "DirectBinding[" + bindings.size() + " classes]";
  }
}

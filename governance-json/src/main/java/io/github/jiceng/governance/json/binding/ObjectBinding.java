package io.github.jiceng.governance.json.binding;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How one Immutables value type is bound directly: its JSON properties (as Jackson's builder-based deserializer has
 * them), a reader and a builder setter for each, and the builder's {@code build()}. It reads one JSON object into a
 * value, or gives up on anything that Jackson would read otherwise or report: an unknown or repeated property, a
 * {@code null}, a value its reader does not take, a builder that refuses the values (a missing attribute, a failed
 * {@code @Value.Check}).
 */
final class ObjectBinding extends ValueReader {
  private static final String TYPE = "type";
  private static final byte[] TYPE_NAME = TYPE.getBytes(StandardCharsets.US_ASCII);

  /** A property: its name, its reader and its builder setter. */
  static final class Property {
    private final String name;
    private final ValueReader reader;
    private final BiConsumer<Object, Object> setter;

    /**
     * Creates a property.
     *
     * @param name the JSON name
     * @param reader the reader of its value
     * @param setter sets the value on a builder
     */
    Property(String name, ValueReader reader, BiConsumer<Object, Object> setter) {
      this.name = name;
      this.reader = reader;
      this.setter = setter;
    }
  }

  private final Class<?> valueClass;
  /** The record type name that a {@code "type"} property must have, or null if the class is not a record type. */
  private final String typeName;
  /** The bytes of {@link #typeName}, or null. */
  private final byte[] typeNameBytes;
  private final int maxDepth;
  private final Supplier<Object> newBuilder;
  private final Function<Object, Object> build;
  private byte[][] names = new byte[0][];
  private ValueReader[] readers = new ValueReader[0];
  private BiConsumer<Object, Object>[] setters;
  private Map<String, Integer> index = Map.of();
  /**
   * The property that came next the last time, by the property before it (slot 0 for the first property, slot
   * {@code p + 1} after property {@code p}): records of one source write their properties in one order, so the name
   * to expect is usually this one, matched in the bytes without decoding it. Updated without synchronization: a stale
   * or torn guess only costs a slower match.
   */
  private int[] following = new int[1];
  /** Whether a {@code "type"} property is the record type's name, checked here as Jackson checks it. */
  private boolean checksType;

  /**
   * Creates the binding of a class without its properties (see {@link #complete}), so that a property of a nested
   * value of the same class can refer to it.
   *
   * @param valueClass the value type
   * @param typeName the record type name of the class, or null
   * @param maxDepth the deepest nesting the parser's limits allow
   * @param newBuilder makes a builder
   * @param build builds the value from a builder
   */
  ObjectBinding(Class<?> valueClass, String typeName, int maxDepth, Supplier<Object> newBuilder,
      Function<Object, Object> build) {
    this.valueClass = valueClass;
    this.typeName = typeName;
    this.typeNameBytes = typeName == null ? null : typeName.getBytes(StandardCharsets.UTF_8);
    this.maxDepth = maxDepth;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Sets the properties.
   *
   * @param properties the properties, at most 64
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  void complete(List<Property> properties) {
    if (properties.size() > Long.SIZE) {
      throw new IllegalArgumentException(valueClass.getName() + " has more than 64 properties");
    }
    names = new byte[properties.size()][];
    readers = new ValueReader[properties.size()];
    setters = new BiConsumer[properties.size()];
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < properties.size(); i++) {
      Property property = properties.get(i);
      names[i] = property.name.getBytes(StandardCharsets.UTF_8);
      readers[i] = property.reader;
      setters[i] = property.setter;
      byName.put(property.name, i);
    }
    index = Map.copyOf(byName);
    checksType = typeName != null && !index.containsKey(TYPE);
    following = new int[properties.size() + 1];
    for (int i = 0; i < following.length; i++) {
      following[i] = i; // declaration order until records show another
    }
  }

  @Override
  Object read(ByteCursor in, int depth) {
    if (depth + 1 > maxDepth || !in.consume('{')) {
      return null;
    }
    return in.consume('}') ? build(newBuilder.get()) : members(in, depth + 1);
  }

  /** Reads properties up to the closing brace, from the first property's name. */
  private Object members(ByteCursor in, int depth) {
    try {
      boolean typeSeen = false;
      Object builder = newBuilder.get();
      long seen = 0;
      int previous = 0; // the slot of the property before: 0 at the start
      do {
        int property = following[previous];
        if (property >= names.length || !in.name(names[property])) {
          if (checksType && !typeSeen && in.name(TYPE_NAME)) {
            if (!in.string(typeNameBytes)) {
              return null; // another type, which Jackson reports
            }
            typeSeen = true;
            continue;
          }
          property = slowName(in);
          if (property < 0) {
            return null;
          }
          following[previous] = property;
        }
        long bit = 1L << property;
        if ((seen & bit) != 0) {
          return null; // a repeated property is a finding
        }
        seen |= bit;
        Object value = readers[property].read(in, depth);
        if (value == null) {
          return null;
        }
        setters[property].accept(builder, value);
        previous = property + 1;
      } while (in.consume(','));
      return in.consume('}') ? build(builder) : null;
    } catch (RuntimeException e) {
      return null; // a setter refused a value: Jackson reads the record and reports it
    }
  }

  /** Reads a property name that is not the expected one; returns its index, or -1 to give up. */
  private int slowName(ByteCursor in) {
    String name = in.anyName();
    Integer found = name == null ? null : index.get(name);
    return found == null ? -1 : found; // unknown, or an escaped "type" or a second one: Jackson decides
  }

  private Object build(Object builder) {
    try {
      return build.apply(builder);
    } catch (RuntimeException e) {
      return null; // a missing attribute or a failed check: Jackson reads the record and reports it
    }
  }

  /** Returns for example {@code ObjectBinding[ServiceRecord, 17 properties]}. */
  @Override
  public String toString() {
    return "ObjectBinding[" + valueClass.getSimpleName() + ", " + names.length + " properties]";
  }
}

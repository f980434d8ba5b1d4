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
final class ObjectBinding implements ValueReader {
  private static final String TYPE = "type";

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
  private final int maxDepth;
  private final Supplier<Object> newBuilder;
  private final Function<Object, Object> build;
  private byte[][] names = new byte[0][];
  private ValueReader[] readers = new ValueReader[0];
  private BiConsumer<Object, Object>[] setters;
  private Map<String, Integer> index = Map.of();

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
    this.maxDepth = maxDepth;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  /**
   * Sets the properties, in the order in which they are usually written (which makes matching their names cheapest).
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
  }

  /**
   * Returns the bound class.
   *
   * @return the value type
   */
  Class<?> valueClass() {
    return valueClass;
  }

  @Override
  public Object read(ByteCursor in, int depth) {
    if (depth + 1 > maxDepth || !in.consume('{')) {
      return null;
    }
    return in.consume('}') ? build(newBuilder.get()) : members(in, depth + 1, false);
  }

  /**
   * Reads the rest of a record whose {@code "type"} property has been read and checked: a comma and the other
   * properties, or nothing (a record of {@code "type"} alone is left to Jackson).
   *
   * @param in the cursor after the value of {@code "type"}
   * @return the value, or null to give up
   */
  Object afterType(ByteCursor in) {
    return in.consume(',') ? members(in, 1, true) : null;
  }

  /** Reads properties up to the closing brace, from the first property's name. */
  private Object members(ByteCursor in, int depth, boolean typeSeen) {
    try {
      Object builder = newBuilder.get();
      long seen = 0;
      int expected = 0;
      do {
        int property;
        if (expected < names.length && in.name(names[expected])) {
          property = expected;
        } else {
          String name = in.anyName();
          if (name == null) {
            return null;
          }
          Integer found = index.get(name);
          if (found == null) {
            if (typeName == null || typeSeen || !TYPE.equals(name) || !typeName.equals(in.string())) {
              return null; // unknown, or "type" that Jackson checks and reports
            }
            typeSeen = true;
            continue;
          }
          property = found;
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
        expected = property + 1;
      } while (in.consume(','));
      return in.consume('}') ? build(builder) : null;
    } catch (RuntimeException e) {
      return null; // a setter refused a value: Jackson reads the record and reports it
    }
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

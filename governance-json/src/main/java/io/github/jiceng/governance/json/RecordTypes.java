package io.github.jiceng.governance.json;

import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The registry of record types (记录类型表): the kebab-case name that the {@code "type"} property of a JSON record
 * carries, such as {@code "village"}, and the model class it stands for.
 *
 * <p>Every registered record is written with its {@code "type"} as the first property. A reader given the class
 * accepts the property when it names that class (and reports {@code json.unknown-type} when it names another one); a
 * reader that does not know the class in advance ({@link RecordReader#readRecord(String)}) requires it and looks the
 * class up here. The property name {@code "type"} is reserved: no registered type may have an attribute of that name.
 *
 * <p>A registered class stands for its subclasses too ({@code ImmutableVillage} is a {@code village}); two registered
 * classes may not be sub- and supertype of each other, so that every class has at most one name. Later modules of the
 * SDK add their types to {@link #standard()}; users add their own with {@link #builder()}:
 *
 * <pre>{@code
 * RecordTypes types = RecordTypes.builder().addAll(RecordTypes.standard()).add("meeting", Meeting.class).build();
 * types.classOf("village");              // Optional[class Village]
 * types.nameOf(ImmutableVillage.class);  // Optional["village"]
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class RecordTypes {
  /** The name of the discriminator property of a record. */
  public static final String TYPE_PROPERTY = "type";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  private static final RecordTypes STANDARD = builder()
      .add("district", District.class)
      .add("township", Township.class)
      .add("village", Village.class)
      .build();

  /** The classes by name, in registration order. */
  private final Map<String, Class<?>> classes;
  /** The name of each class, found by the registered class it is, or extends. */
  private final ClassValue<Optional<String>> names = new ClassValue<>() {
    @Override
    protected Optional<String> computeValue(Class<?> type) {
      for (Map.Entry<String, Class<?>> entry : classes.entrySet()) {
        if (entry.getValue().isAssignableFrom(type)) {
          return Optional.of(entry.getKey());
        }
      }
      return Optional.empty();
    }
  };

  private RecordTypes(Map<String, Class<?>> classes) {
    this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
  }

  /**
   * Returns the record types of the SDK: {@code district}, {@code township} and {@code village} so far.
   *
   * @return the standard registry
   */
  public static RecordTypes standard() {
    return STANDARD;
  }

  /**
   * Starts an empty registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the class a type name stands for.
   *
   * @param name the type name, for example {@code "village"}; not null
   * @return the class, or empty if the name is not registered
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Class<?>> classOf(String name) {
    return Optional.ofNullable(classes.get(Objects.requireNonNull(name, "name")));
  }

  /**
   * Returns the type name of a class: the name of the registered class that is the class or one of its supertypes.
   *
   * @param type the class, for example {@code ImmutableVillage.class}; not null
   * @return the name, for example {@code "village"}, or empty if no registered class is a supertype of it
   * @throws NullPointerException if {@code type} is null
   */
  public Optional<String> nameOf(Class<?> type) {
    return names.get(Objects.requireNonNull(type, "type"));
  }

  /**
   * Returns the names of the registered classes that are subtypes of a class (or the class itself), for reading a
   * record whose {@code "type"} picks one of them.
   *
   * @param supertype the class, for example {@code TerritorialUnit.class} or {@code Object.class}; not null
   * @return the names, sorted
   * @throws NullPointerException if {@code supertype} is null
   */
  public Set<String> namesOfSubtypes(Class<?> supertype) {
    Objects.requireNonNull(supertype, "supertype");
    Set<String> result = new TreeSet<>();
    classes.forEach((name, type) -> {
      if (supertype.isAssignableFrom(type)) {
        result.add(name);
      }
    });
    return Collections.unmodifiableSet(result);
  }

  /**
   * Returns all registered names.
   *
   * @return the names, sorted
   */
  public Set<String> names() {
    return Collections.unmodifiableSet(new TreeSet<>(classes.keySet()));
  }

  /**
   * Returns the registered classes by name.
   *
   * @return an immutable map in registration order
   */
  public Map<String, Class<?>> asMap() {
    return classes;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordTypes && classes.equals(((RecordTypes) other).classes);
  }

  @Override
  public int hashCode() {
    return classes.hashCode();
  }

  /** Returns for example {@code RecordTypes[district, township, village]}. */
  @Override
  public String toString() {
    return "RecordTypes" + new ArrayList<>(classes.keySet());
  }

  /** Builds a {@link RecordTypes}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Class<?>> classes = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Registers a record type.
     *
     * @param name the type name: lower-case kebab-case, for example {@code "social-organisation"}
     * @param type the model class, usually the abstract value type (not the generated {@code Immutable} class)
     * @return this builder
     * @throws IllegalArgumentException if the name is malformed, or the name or class is already registered, or the
     *     class is a subtype or supertype of a registered class
     * @throws NullPointerException if an argument is null
     */
    public Builder add(String name, Class<?> type) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("record type name '" + name
            + "' is malformed: expected lower-case kebab-case like 'social-organisation'");
      }
      if (classes.containsKey(name)) {
        throw new IllegalArgumentException("record type name '" + name + "' is already registered for "
            + classes.get(name).getName() + "; cannot register it again for " + type.getName());
      }
      for (Map.Entry<String, Class<?>> entry : classes.entrySet()) {
        Class<?> other = entry.getValue();
        if (other.isAssignableFrom(type) || type.isAssignableFrom(other)) {
          throw new IllegalArgumentException("cannot register " + type.getName() + " as '" + name + "': "
              + (other.equals(type) ? "it is already registered" : "it is a subtype or supertype of "
                  + other.getName()) + " as '" + entry.getKey() + "'; each class must have at most one type name");
        }
      }
      classes.put(name, type);
      return this;
    }

    /**
     * Registers every type of another registry.
     *
     * @param types the registry, not null
     * @return this builder
     * @throws IllegalArgumentException if a name or class clashes with one already registered
     */
    public Builder addAll(RecordTypes types) {
      Objects.requireNonNull(types, "types");
      types.classes.forEach(this::add);
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     */
    public RecordTypes build() {
      return new RecordTypes(classes);
    }
  }
}

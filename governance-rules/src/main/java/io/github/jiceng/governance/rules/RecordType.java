package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A kind of record (记录类型): its type name in data and reports (kebab-case, such as {@code village}), its Java type,
 * how to read a record's id, and, for records judged by the law of their own date (a meeting, a request), how to read
 * that date.
 *
 * <p>The type name is the {@link Subject#type()} of findings and the {@code "type"} discriminator of JSON records.
 * {@link RecordTypes#standard()} lists the library's own record types.
 *
 * <p>A record type may name <i>checked properties</i> ({@link #withCheckedProperty}): values inside the record, such as
 * a social organisation's credit code, on which a {@link Validator} also runs the rules written for the value's own
 * type (the {@code id.uscc.*} rules of a {@code UnifiedSocialCreditCode}). Their findings name the record as subject
 * and point at the property ({@code /creditCode}).
 *
 * @param <T> the Java type of the records
 */
public final class RecordType<T> {
  private final String name;
  /** The subject of a record of this type without id. */
  private final Subject withoutId;
  private final Class<T> javaType;
  private final Function<? super T, String> idOf;
  private final Function<? super T, LocalDate> dateOf;
  /** The checked properties by name, in the order they were added. */
  private final Map<String, Function<? super T, ? extends Optional<?>>> checkedProperties;

  private RecordType(String name, Class<T> javaType, Function<? super T, String> idOf,
      Function<? super T, LocalDate> dateOf, Map<String, Function<? super T, ? extends Optional<?>>> checkedProperties) {
    this.withoutId = Subject.ofType(Objects.requireNonNull(name, "name"));
    this.name = withoutId.type();
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.idOf = Objects.requireNonNull(idOf, "idOf");
    this.dateOf = dateOf;
    this.checkedProperties = checkedProperties;
  }

  /**
   * Returns a record type without a date of its own.
   *
   * @param name the type name, lower-case kebab-case, for example {@code village}
   * @param javaType the Java type of the records (an abstract value type matches its generated implementation)
   * @param idOf gives a record's id, or null or blank for none; it must not return personal data in clear
   * @param <T> the Java type
   * @return the record type
   * @throws IllegalArgumentException if the name is not kebab-case
   */
  public static <T> RecordType<T> of(String name, Class<T> javaType, Function<? super T, String> idOf) {
    return new RecordType<>(name, javaType, idOf, null, Map.of());
  }

  /**
   * Returns this record type with a date of its own, whose law applies to the record unless an as-of date is set.
   *
   * @param dateOf gives a record's date, or null if it has none
   * @return a new record type
   */
  public RecordType<T> withDate(Function<? super T, LocalDate> dateOf) {
    return new RecordType<>(name, javaType, idOf, Objects.requireNonNull(dateOf, "dateOf"), checkedProperties);
  }

  /**
   * Returns this record type with a checked property: a value inside the record on which a {@link Validator} also runs
   * every rule whose {@linkplain Rule#subjectType() subject type} the value is an instance of (except a rule that
   * already ran on the record itself, such as one written for {@code Object}), by the law of the record's date, with
   * the rule's own id, severity, message and legal basis. The findings name the record as subject, and their JSON
   * Pointer is the rule's pointer below {@code /<property>}. For example the standard {@code social-organisation} type
   * checks its {@code creditCode} with the {@code id.uscc.*} rules.
   *
   * @param property the property name in the record's JSON, for example {@code creditCode}, not blank
   * @param valueOf gives the value, or empty if the record has none; not null, and it must not return null
   * @return a new record type
   * @throws IllegalArgumentException if the property name is blank or already checked
   */
  public RecordType<T> withCheckedProperty(String property, Function<? super T, ? extends Optional<?>> valueOf) {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(valueOf, "valueOf");
    if (property.isBlank()) {
      throw new IllegalArgumentException("the checked property of record type " + name + " has a blank name; "
          + "expected the property name in the record's JSON, such as creditCode");
    }
    if (checkedProperties.containsKey(property)) {
      throw new IllegalArgumentException("record type " + name + " already checks the property " + property);
    }
    Map<String, Function<? super T, ? extends Optional<?>>> more = new LinkedHashMap<>(checkedProperties);
    more.put(property, valueOf);
    return new RecordType<>(name, javaType, idOf, dateOf, Collections.unmodifiableMap(more));
  }

  /**
   * Returns the type name.
   *
   * @return the kebab-case name, for example {@code village}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the Java type of the records.
   *
   * @return the Java type
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Returns whether records of this type have a date of their own (see {@link #withDate}).
   *
   * @return true if the law of a record's own date applies to it
   */
  public boolean hasOwnDate() {
    return dateOf != null;
  }

  /**
   * Returns whether a record is of this type.
   *
   * @param record the record, not null
   * @return true if the record is an instance of {@link #javaType()}
   */
  public boolean matches(Object record) {
    return javaType.isInstance(record);
  }

  /**
   * Returns a record's subject: this type's name and the record's id.
   *
   * @param record a record of this type, not null
   * @return the subject
   * @throws ClassCastException if the record is not of this type
   */
  public Subject subjectOf(Object record) {
    String id = idOf.apply(javaType.cast(record));
    return id == null || id.isBlank() ? withoutId : Subject.withId(withoutId, id);
  }

  /**
   * Returns a record's own date.
   *
   * @param record a record of this type, not null
   * @return the date, or empty if the type or the record has none
   * @throws ClassCastException if the record is not of this type
   */
  public Optional<LocalDate> dateOf(Object record) {
    T typed = javaType.cast(record);
    return dateOf == null ? Optional.empty() : Optional.ofNullable(dateOf.apply(typed));
  }

  /**
   * Returns the names of the checked properties (see {@link #withCheckedProperty}).
   *
   * @return the property names, in the order they were added; empty if there are none
   */
  public List<String> checkedProperties() {
    return List.copyOf(checkedProperties.keySet());
  }

  /**
   * Returns the values of a record's checked properties that are present, each with the pointer to its property.
   * Throws ClassCastException if the record is not of this type, NullPointerException if an accessor returns null.
   */
  List<Map.Entry<JsonPointer, Object>> checkedValuesOf(Object record) {
    if (checkedProperties.isEmpty()) {
      return List.of();
    }
    T typed = javaType.cast(record);
    List<Map.Entry<JsonPointer, Object>> values = new ArrayList<>(checkedProperties.size());
    checkedProperties.forEach((property, valueOf) -> Objects.requireNonNull(valueOf.apply(typed),
            () -> "the accessor of the checked property " + property + " of record type " + name + " returned null")
        .ifPresent(value -> values.add(Map.entry(JsonPointer.of(property), value))));
    return values;
  }

  /** Returns for example {@code RecordType[village: Village]}. */
  @Override
  public String toString() {
    return "RecordType[" + name + ": " + javaType.getSimpleName() + "]";
  }
}

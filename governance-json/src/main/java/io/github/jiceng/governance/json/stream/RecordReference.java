package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Subject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A reference from one record to another that must exist in the same dataset (记录引用声明): "property X of records
 * of Java type T holds the id of a record of type U", for example a village's {@code townshipCode}, which names a
 * {@code township}.
 *
 * <p>Domain areas declare their references once, in {@link RecordReferences#standard()}; the streaming validator
 * then checks them across the whole input with compact per-key state. A reference is checked only when the dataset
 * holds records of the target type at all (or the validator's extra lookup covers the type), as the rule
 * {@code territory.unit.parent-missing} does: a file of villages alone says nothing about townships.
 *
 * <p>A reference that a rule also checks in batch validation names that rule with {@link #reportedAs}: the streaming
 * pass then reports a missing target with the rule's id, severity, message, legal basis and pack, and the rule itself
 * stays silent while streaming (its lookup does not cover the target type), so the problem is reported once, with the
 * same code in both modes. Other references are reported as {@code json.missing-reference}. Immutable.
 *
 * @param <T> the Java type of the referring records
 */
public final class RecordReference<T> {
  private final Class<T> javaType;
  private final String property;
  private final String targetType;
  private final Function<? super T, List<String>> keys;
  /** The function of a property that holds at most one id, or null for a list. */
  private final Function<? super T, Optional<String>> key;
  private final boolean many;
  private final String itemProperty;
  private final String ruleId;
  private final BiFunction<? super T, Integer, ? extends Map<String, ?>> arguments;
  /** The same arguments given one by one, or null if they were given as a map. */
  private final ReferenceArguments<? super T> named;
  /** The pointer of a property that holds one id, made once; null for a list. */
  private final JsonPointer single;

  private RecordReference(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys, Function<? super T, Optional<String>> key, boolean many, String itemProperty, String ruleId,
      BiFunction<? super T, Integer, ? extends Map<String, ?>> arguments, ReferenceArguments<? super T> named) {
    this.javaType = javaType;
    this.property = property;
    this.targetType = targetType;
    this.keys = keys;
    this.key = key;
    this.many = many;
    this.itemProperty = itemProperty;
    this.ruleId = ruleId;
    this.arguments = arguments;
    this.named = named;
    this.single = many ? null : JsonPointer.of(property);
  }

  /**
   * Declares a property that holds at most one id.
   *
   * @param javaType the Java type of the referring records, not null
   * @param property the JSON property that holds the id, for the finding's pointer, not blank
   * @param targetType the record type name of the referenced records, for example {@code township}
   * @param key gives the referenced id as the target type's records give theirs, or empty for none
   * @param <T> the Java type
   * @return the reference
   * @throws IllegalArgumentException if the property is blank or the target type is not a kebab-case name
   */
  public static <T> RecordReference<T> of(Class<T> javaType, String property, String targetType,
      Function<? super T, Optional<String>> key) {
    Objects.requireNonNull(key, "key");
    return create(javaType, property, targetType, record -> key.apply(record).map(List::of).orElse(List.of()), key,
        false, null);
  }

  /**
   * Declares a property that holds a list of ids; the pointer of a finding ends with the index.
   *
   * @param javaType the Java type of the referring records, not null
   * @param property the JSON property that holds the ids, not blank
   * @param targetType the record type name of the referenced records
   * @param keys gives the referenced ids, in the order of the property's array; a null element is an element that
   *     does not refer to this target type (so that the indexes stay those of the array)
   * @param <T> the Java type
   * @return the reference
   * @throws IllegalArgumentException if the property is blank or the target type is not a kebab-case name
   */
  public static <T> RecordReference<T> ofEach(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys) {
    return create(javaType, property, targetType, Objects.requireNonNull(keys, "keys"), null, true, null);
  }

  /**
   * Declares a property of each element of an array property that holds an id, such as the {@code actor} of each
   * of a project's {@code stages}; the pointer of a finding is {@code /stages/2/actor}.
   *
   * @param javaType the Java type of the referring records, not null
   * @param property the JSON property that holds the array, not blank
   * @param itemProperty the property of each element that holds the id, not blank
   * @param targetType the record type name of the referenced records
   * @param keys gives the referenced ids, one per element of the array in its order; a null element is an element
   *     that does not refer to this target type
   * @param <T> the Java type
   * @return the reference
   * @throws IllegalArgumentException if a property is blank or the target type is not a kebab-case name
   */
  public static <T> RecordReference<T> ofEachIn(Class<T> javaType, String property, String itemProperty,
      String targetType, Function<? super T, List<String>> keys) {
    Objects.requireNonNull(itemProperty, "itemProperty");
    if (itemProperty.isBlank()) {
      throw new IllegalArgumentException("the item property of a reference must not be blank");
    }
    return create(javaType, property, targetType, Objects.requireNonNull(keys, "keys"), null, true, itemProperty);
  }

  private static <T> RecordReference<T> create(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys, Function<? super T, Optional<String>> key, boolean many,
      String itemProperty) {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(property, "property");
    if (property.isBlank()) {
      throw new IllegalArgumentException("the property of a reference must not be blank");
    }
    String target = Subject.ofType(Objects.requireNonNull(targetType, "targetType")).type();
    return new RecordReference<>(javaType, property, target, keys, key, many, itemProperty, null, null, null);
  }

  /**
   * Returns this reference reported with the id of the rule that checks it in batch validation, whose message takes
   * the given arguments. Give the arguments as the rule gives them (a date as a {@code LocalDate}, an enum as the
   * constant): they are formatted as the rule engine formats them, so the message is the same in both modes.
   *
   * @param ruleId the rule id, for example {@code territory.unit.parent-missing}
   * @param arguments gives the arguments of the rule's message for a record, no value null
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public RecordReference<T> reportedAs(String ruleId, Function<? super T, ? extends Map<String, ?>> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    return reportedAsEach(ruleId, (record, index) -> arguments.apply(record));
  }

  /**
   * Returns this reference reported with the id of the rule that checks it in batch validation, whose message takes
   * arguments that depend on the element of a list of ids (the actor a project's stage names, say).
   *
   * @param ruleId the rule id, for example {@code linkage.project.actor-missing}
   * @param arguments gives the arguments of the rule's message for a record and the index of the id in
   *     {@code keys} (0 for a single id), no value null
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public RecordReference<T> reportedAsEach(String ruleId,
      BiFunction<? super T, Integer, ? extends Map<String, ?>> arguments) {
    return new RecordReference<>(javaType, property, targetType, keys, key, many, itemProperty,
        Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(arguments, "arguments"), null);
  }

  /**
   * Returns this reference reported with the id of a rule whose message arguments are given one by one, which the
   * streaming pass keeps without making a map per record (the library's own references).
   *
   * @param ruleId the rule id
   * @param arguments the arguments, no value null
   * @return a new reference
   */
  RecordReference<T> reportedAs(String ruleId, ReferenceArguments<? super T> arguments) {
    Objects.requireNonNull(arguments, "arguments");
    return new RecordReference<>(javaType, property, targetType, keys, key, many, itemProperty,
        Objects.requireNonNull(ruleId, "ruleId"), (record, index) -> arguments.asMap(record, index), arguments);
  }

  /**
   * Returns the Java type of the referring records.
   *
   * @return the type
   */
  public Class<T> javaType() {
    return javaType;
  }

  /**
   * Returns the JSON property that holds the id or ids.
   *
   * @return the property name
   */
  public String property() {
    return property;
  }

  /**
   * Returns the record type name of the referenced records.
   *
   * @return for example {@code township}
   */
  public String targetType() {
    return targetType;
  }

  /**
   * Returns the rule that reports a missing target.
   *
   * @return the rule id, or empty for {@code json.missing-reference}
   */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /**
   * Returns the ids a record refers to.
   *
   * @param record a record of {@link #javaType()}
   * @return the ids, possibly empty
   */
  List<String> keysOf(Object record) {
    return keys.apply(javaType.cast(record));
  }

  /**
   * Returns the id a record refers to through a property that holds at most one, without making a list.
   *
   * @param record a record of {@link #javaType()}
   * @return the id, or null for none
   * @throws IllegalStateException if the property holds a list
   */
  String singleKeyOf(Object record) {
    if (key == null) {
      throw new IllegalStateException(this + " holds a list of ids");
    }
    return key.apply(javaType.cast(record)).orElse(null);
  }

  /**
   * Tells whether the property holds a list of ids.
   *
   * @return true for a list, false for at most one id
   */
  boolean many() {
    return many;
  }

  /**
   * Returns the pointer of the i-th id of a record.
   *
   * @param index the index in the list of ids
   * @return the pointer
   */
  JsonPointer pointer(int index) {
    if (!many) {
      return single;
    }
    return itemProperty == null ? JsonPointer.of(property, Integer.toString(index))
        : JsonPointer.of(property, Integer.toString(index), itemProperty);
  }

  /**
   * Returns the rule message's arguments for a record.
   *
   * @param record a record of {@link #javaType()}
   * @param index the index of the id
   * @return the arguments, or an empty map without a rule
   */
  Map<String, ?> argumentsOf(Object record, int index) {
    return arguments == null ? Map.of() : arguments.apply(javaType.cast(record), index);
  }

  /**
   * Returns the rule message's arguments given one by one.
   *
   * @return the arguments, or null if they were given as a map (or there is no rule)
   */
  ReferenceArguments<? super T> namedArguments() {
    return named;
  }

  /** Returns for example {@code RecordReference[Village.townshipCode -> township, territory.unit.parent-missing]}. */
  @Override
  public String toString() {
    return "RecordReference[" + javaType.getSimpleName() + "." + property
        + (itemProperty == null ? "" : "[]." + itemProperty) + " -> " + targetType
        + (ruleId == null ? "" : ", " + ruleId) + "]";
  }
}

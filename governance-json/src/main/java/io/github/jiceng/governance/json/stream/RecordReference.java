package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Subject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  private final boolean many;
  private final String ruleId;
  private final Function<? super T, Map<String, String>> arguments;

  private RecordReference(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys, boolean many, String ruleId,
      Function<? super T, Map<String, String>> arguments) {
    this.javaType = javaType;
    this.property = property;
    this.targetType = targetType;
    this.keys = keys;
    this.many = many;
    this.ruleId = ruleId;
    this.arguments = arguments;
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
    return create(javaType, property, targetType, record -> key.apply(record).map(List::of).orElse(List.of()), false);
  }

  /**
   * Declares a property that holds a list of ids; the pointer of a finding ends with the index.
   *
   * @param javaType the Java type of the referring records, not null
   * @param property the JSON property that holds the ids, not blank
   * @param targetType the record type name of the referenced records
   * @param keys gives the referenced ids, in the order of the property's array
   * @param <T> the Java type
   * @return the reference
   * @throws IllegalArgumentException if the property is blank or the target type is not a kebab-case name
   */
  public static <T> RecordReference<T> ofEach(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys) {
    return create(javaType, property, targetType, Objects.requireNonNull(keys, "keys"), true);
  }

  private static <T> RecordReference<T> create(Class<T> javaType, String property, String targetType,
      Function<? super T, List<String>> keys, boolean many) {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(property, "property");
    if (property.isBlank()) {
      throw new IllegalArgumentException("the property of a reference must not be blank");
    }
    String target = Subject.ofType(Objects.requireNonNull(targetType, "targetType")).type();
    return new RecordReference<>(javaType, property, target, keys, many, null, null);
  }

  /**
   * Returns this reference reported with the id of the rule that checks it in batch validation, whose message takes
   * the given arguments.
   *
   * @param ruleId the rule id, for example {@code territory.unit.parent-missing}
   * @param arguments gives the arguments of the rule's message for a record
   * @return a new reference
   * @throws NullPointerException if an argument is null
   */
  public RecordReference<T> reportedAs(String ruleId, Function<? super T, Map<String, String>> arguments) {
    return new RecordReference<>(javaType, property, targetType, keys, many,
        Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(arguments, "arguments"));
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
   * Returns the pointer of the i-th id of a record.
   *
   * @param index the index in the list of ids
   * @return the pointer
   */
  JsonPointer pointer(int index) {
    return many ? JsonPointer.of(property, Integer.toString(index)) : JsonPointer.of(property);
  }

  /**
   * Returns the rule message's arguments for a record.
   *
   * @param record a record of {@link #javaType()}
   * @return the arguments, or an empty map without a rule
   */
  Map<String, String> argumentsOf(Object record) {
    return arguments == null ? Map.of() : arguments.apply(javaType.cast(record));
  }

  /** Returns for example {@code RecordReference[Village.townshipCode -> township, territory.unit.parent-missing]}. */
  @Override
  public String toString() {
    return "RecordReference[" + javaType.getSimpleName() + "." + property + " -> " + targetType
        + (ruleId == null ? "" : ", " + ruleId) + "]";
  }
}

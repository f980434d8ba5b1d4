package io.github.jiceng.governance.json.stream;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The message arguments of a reference's rule given one by one (引用规则的消息参数): their names in order and a
 * function per argument that takes it from the referring record (and the index of the id among the record's ids).
 * The streaming pass keeps every pending reference's arguments; given this way, it writes each value as it is taken
 * from the record, without building a map per record (the general form is a map per record:
 * {@link RecordReference#reportedAs(String, Function)}). Immutable.
 *
 * @param <T> the Java type of the referring records
 */
final class ReferenceArguments<T> {
  private final String[] names;
  private final List<BiFunction<? super T, Integer, ?>> values;

  private ReferenceArguments(String[] names, List<BiFunction<? super T, Integer, ?>> values) {
    this.names = names;
    this.values = values;
  }

  /**
   * Returns the arguments with a first one.
   *
   * @param name the argument's name, not null
   * @param value takes its value from a record, never null
   * @param <T> the Java type of the referring records
   * @return the arguments
   */
  static <T> ReferenceArguments<T> of(String name, Function<? super T, ?> value) {
    return new ReferenceArguments<T>(new String[0], List.of()).and(name, value);
  }

  /**
   * Returns these arguments and one more that does not depend on the id's index.
   *
   * @param name the argument's name, not null
   * @param value takes its value from a record, never null
   * @return new arguments
   */
  ReferenceArguments<T> and(String name, Function<? super T, ?> value) {
    Objects.requireNonNull(value, "value");
    return andEach(name, (record, index) -> value.apply(record));
  }

  /**
   * Returns these arguments and one more that depends on the index of the id among the record's ids.
   *
   * @param name the argument's name, not null
   * @param value takes its value from a record and the index, never null
   * @return new arguments
   */
  ReferenceArguments<T> andEach(String name, BiFunction<? super T, Integer, ?> value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    String[] more = java.util.Arrays.copyOf(names, names.length + 1);
    more[names.length] = name;
    List<BiFunction<? super T, Integer, ?>> moreValues = new ArrayList<>(values);
    moreValues.add(value);
    return new ReferenceArguments<T>(more, Collections.unmodifiableList(moreValues));
  }

  /**
   * Returns the number of arguments.
   *
   * @return the count
   */
  int size() {
    return names.length;
  }

  /**
   * Returns the name of an argument.
   *
   * @param argument the argument's position
   * @return its name
   */
  String name(int argument) {
    return names[argument];
  }

  /**
   * Takes an argument's value from a record.
   *
   * @param record a record of the reference's Java type
   * @param index the index of the id among the record's ids
   * @param argument the argument's position
   * @return the value
   * @throws NullPointerException if the value is null
   */
  @SuppressWarnings("unchecked")
  Object value(Object record, int index, int argument) {
    Object value = ((BiFunction<Object, Integer, ?>) values.get(argument)).apply(record, index);
    return Objects.requireNonNull(value, names[argument]);
  }

  /**
   * Returns the arguments of a record as a map, in their order.
   *
   * @param record a record of the reference's Java type
   * @param index the index of the id among the record's ids
   * @return the arguments by name
   */
  Map<String, Object> asMap(Object record, int index) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    for (int a = 0; a < names.length; a++) {
      arguments.put(names[a], value(record, index, a));
    }
    return arguments;
  }

  /** Returns for example {@code ReferenceArguments[id, volunteer, date, registered]}. */
  @Override
  public String toString() {
    return "ReferenceArguments" + java.util.Arrays.toString(names);
  }
}

package io.github.jiceng.governance.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds other records by type and id (记录查询), for rules that check references between records. Implementations
 * must be thread-safe if the validator is shared between threads.
 */
@FunctionalInterface
public interface RecordLookup {
  /**
   * Finds a record.
   *
   * @param subject the record type name and id
   * @return the record, or empty if unknown
   */
  Optional<Object> find(Subject subject);

  /**
   * Finds a record of an expected Java type.
   *
   * @param subject the record type name and id
   * @param javaType the expected Java type, not null
   * @param <T> the expected type
   * @return the record, or empty if unknown or of another type
   */
  default <T> Optional<T> find(Subject subject, Class<T> javaType) {
    Objects.requireNonNull(javaType, "javaType");
    return find(subject).filter(javaType::isInstance).map(javaType::cast);
  }

  /**
   * Returns a lookup that knows no records.
   *
   * @return the empty lookup
   */
  static RecordLookup none() {
    return subject -> Optional.empty();
  }

  /**
   * Returns a lookup over a fixed map of records.
   *
   * @param records the records by subject; copied
   * @return the lookup
   */
  static RecordLookup of(Map<Subject, ?> records) {
    Map<Subject, Object> copy = Map.copyOf(records);
    return subject -> Optional.ofNullable(copy.get(subject));
  }
}

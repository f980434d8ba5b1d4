package io.github.jiceng.governance.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
   * Returns whether this lookup holds every record of a type that is in scope, so that a record it cannot find is
   * missing (and a rule may report a dangling reference). The default is true: a lookup is taken to be complete.
   *
   * @param typeName the record type name, for example {@code township}
   * @return true if a failed {@link #find} of this type means the record does not exist
   */
  default boolean covers(String typeName) {
    return true;
  }

  /**
   * Returns a lookup that knows no records and covers no type.
   *
   * @return the empty lookup
   */
  static RecordLookup none() {
    return new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        return Optional.empty();
      }

      @Override
      public boolean covers(String typeName) {
        return false;
      }
    };
  }

  /**
   * Returns a lookup over a fixed map of records; it covers the types that occur among the keys.
   *
   * @param records the records by subject; copied
   * @return the lookup
   */
  static RecordLookup of(Map<Subject, ?> records) {
    Map<Subject, Object> copy = Map.copyOf(records);
    Set<String> types = copy.keySet().stream().map(Subject::type).collect(Collectors.toUnmodifiableSet());
    return new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        return Optional.ofNullable(copy.get(subject));
      }

      @Override
      public boolean covers(String typeName) {
        return types.contains(typeName);
      }
    };
  }

  /**
   * Returns a lookup over records, each found by the subject its record type gives it (records without a registered
   * type or without an id are left out). It covers the types that occur among the records. When two records have the
   * same subject, the last one wins (duplicate ids are a finding of their own, not a lookup concern).
   *
   * @param records the records, none null
   * @param types the record types that give the subjects, not null
   * @return the lookup
   */
  static RecordLookup ofRecords(Iterable<?> records, RecordTypes types) {
    Objects.requireNonNull(records, "records");
    Objects.requireNonNull(types, "types");
    Map<Subject, Object> bySubject = new HashMap<>();
    for (Object record : records) {
      Objects.requireNonNull(record, "record");
      types.typeOf(record).map(t -> t.subjectOf(record)).filter(s -> s.id().isPresent())
          .ifPresent(subject -> bySubject.put(subject, record));
    }
    return of(bySubject);
  }

  /**
   * Returns a lookup over records of the {@link RecordTypes#standard() standard} record types, such as the units of a
   * {@code Territory}.
   *
   * @param records the records, none null
   * @return the lookup
   */
  static RecordLookup ofRecords(Iterable<?> records) {
    return ofRecords(records, RecordTypes.standard());
  }
}

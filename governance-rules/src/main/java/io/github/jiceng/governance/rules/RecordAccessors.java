package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * How a validator finds a record's subject and its own date: the validator's own registrations by Java type (first
 * match wins), then its {@link RecordTypes}, with a per-validator cache by concrete class. Without either, the subject
 * is the kebab-case class name (Immutables' {@code Immutable} prefix removed) without id, and the record has no date.
 */
final class RecordAccessors {
  /** Finds the subject of records of one type. */
  static final class SubjectAccess<T> {
    final Class<T> type;
    final String typeName;
    final Function<? super T, String> idOf;

    SubjectAccess(Class<T> type, String typeName, Function<? super T, String> idOf) {
      this.type = Objects.requireNonNull(type, "type");
      this.typeName = Subject.ofType(typeName).type();
      this.idOf = Objects.requireNonNull(idOf, "idOf");
    }

    Subject subjectOf(Object record) {
      String id = idOf.apply(type.cast(record));
      return id == null || id.isBlank() ? Subject.ofType(typeName) : Subject.of(typeName, id);
    }
  }

  /** Finds the own date of records of one type. */
  static final class DateAccess<T> {
    final Class<T> type;
    final Function<? super T, LocalDate> dateOf;

    DateAccess(Class<T> type, Function<? super T, LocalDate> dateOf) {
      this.type = Objects.requireNonNull(type, "type");
      this.dateOf = Objects.requireNonNull(dateOf, "dateOf");
    }

    Optional<LocalDate> dateOf(Object record) {
      return Optional.ofNullable(dateOf.apply(type.cast(record)));
    }
  }

  private final List<SubjectAccess<?>> subjects;
  private final List<DateAccess<?>> dates;
  private final RecordTypes recordTypes;
  private final ClassValue<Function<Object, Subject>> subjectFunctions = new ClassValue<>() {
    @Override
    protected Function<Object, Subject> computeValue(Class<?> type) {
      return subjectFunction(type);
    }
  };
  private final Map<Class<?>, Optional<DateAccess<?>>> dateCache = new ConcurrentHashMap<>();
  /** The record type of a class if it has checked properties. */
  private final Map<Class<?>, Optional<RecordType<?>>> checkedCache = new ConcurrentHashMap<>();

  RecordAccessors(List<SubjectAccess<?>> subjects, List<DateAccess<?>> dates, RecordTypes recordTypes) {
    this.subjects = List.copyOf(subjects);
    this.dates = List.copyOf(dates);
    this.recordTypes = Objects.requireNonNull(recordTypes, "recordTypes");
  }

  Subject subjectOf(Object record) {
    return subjectFunctions.get(record.getClass()).apply(record);
  }

  /** How the subject of a record of a concrete class is found: worked out once per class. */
  private Function<Object, Subject> subjectFunction(Class<?> type) {
    Optional<SubjectAccess<?>> access = subjects.stream().filter(s -> s.type.isAssignableFrom(type)).findFirst();
    if (access.isPresent()) {
      return access.get()::subjectOf;
    }
    Optional<RecordType<?>> recordType = recordTypes.forClass(type);
    if (recordType.isPresent()) {
      return recordType.get()::subjectOf;
    }
    Subject subject = Subject.ofType(defaultTypeName(type));
    return record -> subject;
  }

  /** Returns the present values of the record's checked properties (see {@link RecordType#withCheckedProperty}). */
  List<Map.Entry<JsonPointer, Object>> checkedValuesOf(Object record) {
    RecordType<?> type = checkedCache.computeIfAbsent(record.getClass(), c -> recordTypes.typeOf(record)
        .filter(t -> !t.checkedProperties().isEmpty())).orElse(null);
    return type == null ? List.of() : type.checkedValuesOf(record);
  }

  Optional<LocalDate> dateOf(Object record) {
    Optional<DateAccess<?>> access = dateCache.computeIfAbsent(
        record.getClass(), type -> dates.stream().filter(d -> d.type.isAssignableFrom(type)).findFirst());
    return access.isPresent()
        ? access.get().dateOf(record)
        : recordTypes.typeOf(record).flatMap(t -> t.dateOf(record));
  }

  /**
   * Returns the kebab-case name of a class: {@code SocialOrganisation} gives {@code social-organisation}; an
   * Immutables class {@code ImmutableCovenant} whose supertype is {@code Covenant} gives {@code covenant}.
   */
  static String defaultTypeName(Class<?> type) {
    String name = type.getSimpleName();
    if (name.startsWith("Immutable") && name.length() > "Immutable".length() && hasSupertypeNamed(type, name.substring(9))) {
      name = name.substring(9);
    }
    StringBuilder kebab = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1));
        boolean beforeLower = i > 0 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        if (kebab.length() > 0 && (afterLower || beforeLower)) {
          kebab.append('-');
        }
        kebab.append(c);
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        kebab.append(c);
      } else if (kebab.length() > 0 && kebab.charAt(kebab.length() - 1) != '-') {
        kebab.append('-');
      }
    }
    String result = kebab.toString().toLowerCase(Locale.ROOT).replaceAll("^-+|-+$", "");
    try {
      return Subject.ofType(result).type();
    } catch (IllegalArgumentException e) {
      return "record";
    }
  }

  private static boolean hasSupertypeNamed(Class<?> type, String simpleName) {
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass.getSimpleName().equals(simpleName)) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (implemented.getSimpleName().equals(simpleName)) {
        return true;
      }
    }
    return false;
  }
}

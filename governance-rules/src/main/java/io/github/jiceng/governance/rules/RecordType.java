package io.github.jiceng.governance.rules;

import java.time.LocalDate;
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
 * @param <T> the Java type of the records
 */
public final class RecordType<T> {
  private final String name;
  private final Class<T> javaType;
  private final Function<? super T, String> idOf;
  private final Function<? super T, LocalDate> dateOf;

  private RecordType(String name, Class<T> javaType, Function<? super T, String> idOf,
      Function<? super T, LocalDate> dateOf) {
    this.name = Subject.ofType(Objects.requireNonNull(name, "name")).type();
    this.javaType = Objects.requireNonNull(javaType, "javaType");
    this.idOf = Objects.requireNonNull(idOf, "idOf");
    this.dateOf = dateOf;
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
    return new RecordType<>(name, javaType, idOf, null);
  }

  /**
   * Returns this record type with a date of its own, whose law applies to the record unless an as-of date is set.
   *
   * @param dateOf gives a record's date, or null if it has none
   * @return a new record type
   */
  public RecordType<T> withDate(Function<? super T, LocalDate> dateOf) {
    return new RecordType<>(name, javaType, idOf, Objects.requireNonNull(dateOf, "dateOf"));
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
    return id == null || id.isBlank() ? Subject.ofType(name) : Subject.of(name, id);
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

  /** Returns for example {@code RecordType[village: Village]}. */
  @Override
  public String toString() {
    return "RecordType[" + name + ": " + javaType.getSimpleName() + "]";
  }
}

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The record a finding is about (检查对象): its record type name, such as {@code village} or
 * {@code social-organisation}, and its id when it has one.
 *
 * <p>The id must not be personal data in clear: a resolver that identifies records by a personal identifier masks it.
 * Subjects order by type, then id (records without an id first).
 */
public final class Subject implements Comparable<Subject>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Subject> ORDER =
      Comparator.comparing((Subject s) -> s.type)
          .thenComparing(s -> s.id, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** The kebab-case record type name. */
  private final String type;
  /** The record id, or null. */
  private final String id;

  /** Creates a subject of a type name that was checked when its subject without id was made. */
  private Subject(String type, String id, boolean checked) {
    this.type = type;
    this.id = id;
  }

  private Subject(String type, String id) {
    Objects.requireNonNull(type, "type");
    if (!isKebabCase(type)) {
      throw new IllegalArgumentException(
          "record type '" + type + "' must be lower-case kebab-case like 'social-organisation'");
    }
    if (id != null && id.isBlank()) {
      throw new IllegalArgumentException("record id must not be blank; use Subject.ofType(type) for a record without id");
    }
    this.type = type;
    this.id = id;
  }

  /**
   * Returns the subject for a record with an id.
   *
   * @param type the record type name, lower-case kebab-case, for example {@code covenant}
   * @param id the record id, not blank
   * @return the subject
   * @throws IllegalArgumentException if the type is not kebab-case or the id is blank
   */
  public static Subject of(String type, String id) {
    return new Subject(type, Objects.requireNonNull(id, "id"));
  }

  /**
   * Returns the subject for a record with an id, of a type name already known to be kebab-case (a record type's own
   * name), without checking the name again.
   *
   * @param subjectOfType the subject of the type without id, from {@link #ofType}
   * @param id the record id, not blank
   * @return the subject
   * @throws IllegalArgumentException if the id is blank
   */
  static Subject withId(Subject subjectOfType, String id) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("record id must not be blank; use Subject.ofType(type) for a record without id");
    }
    return new Subject(subjectOfType.type, id, true);
  }

  /**
   * Returns the subject for a record without an id.
   *
   * @param type the record type name, lower-case kebab-case
   * @return the subject
   * @throws IllegalArgumentException if the type is not kebab-case
   */
  public static Subject ofType(String type) {
    return new Subject(type, null);
  }

  /**
   * Returns the record type name.
   *
   * @return the kebab-case type name
   */
  public String type() {
    return type;
  }

  /**
   * Returns the record id.
   *
   * @return the id, or empty if the record has none
   */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public int compareTo(Subject other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subject && type.equals(((Subject) other).type) && Objects.equals(id, ((Subject) other).id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id);
  }

  /** Returns {@code type/id}, or the type alone for a record without id. */
  @Override
  public String toString() {
    return id == null ? type : type + "/" + id;
  }

  /**
   * Tells whether a type name is lower-case kebab-case, {@code [a-z][a-z0-9]*(-[a-z0-9]+)*}, without a regular
   * expression: a subject is made several times per record.
   *
   * @param type the name
   * @return true if it is
   */
  static boolean isKebabCase(String type) {
    int length = type.length();
    if (length == 0 || type.charAt(0) < 'a' || type.charAt(0) > 'z') {
      return false;
    }
    char previous = type.charAt(0);
    for (int i = 1; i < length; i++) {
      char c = type.charAt(i);
      boolean letterOrDigit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!letterOrDigit && (c != '-' || previous == '-')) {
        return false;
      }
      previous = c;
    }
    return previous != '-';
  }
}

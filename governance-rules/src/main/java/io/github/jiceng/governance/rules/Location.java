package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a finding is (问题位置): a {@link JsonPointer} into the record, plus the line and column in the source text
 * when a reader knows them.
 *
 * <p>Rules give only the pointer; the JSON layer adds line and column with {@link #withPosition(int, int)}.
 */
public final class Location implements Comparable<Location>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Location ROOT = new Location(JsonPointer.root(), 0, 0);
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::pointer).thenComparingInt(l -> l.line).thenComparingInt(l -> l.column);

  /** The pointer into the record. */
  private final JsonPointer pointer;
  /** The 1-based line, or 0 if unknown. */
  private final int line;
  /** The 1-based column, or 0 if unknown. */
  private final int column;

  private Location(JsonPointer pointer, int line, int column) {
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the location of the whole record.
   *
   * @return the root location
   */
  public static Location root() {
    return ROOT;
  }

  /**
   * Returns the location a pointer refers to, without line and column.
   *
   * @param pointer the pointer, not null
   * @return the location
   */
  public static Location of(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return pointer.isRoot() ? ROOT : new Location(pointer, 0, 0);
  }

  /**
   * Returns the location a pointer in RFC 6901 string form refers to.
   *
   * @param pointer the pointer text, for example {@code /clauses/2/text}
   * @return the location
   * @throws IllegalArgumentException if the pointer is malformed
   */
  public static Location parse(String pointer) {
    return of(JsonPointer.parse(pointer));
  }

  /**
   * Returns this location with the line and column of the value in the source text.
   *
   * @param line the 1-based line, at least 1
   * @param column the 1-based column, at least 1
   * @return the location with a position
   * @throws IllegalArgumentException if line or column is less than 1
   */
  public Location withPosition(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line and column are 1-based and must be >= 1, but were line " + line + ", column " + column);
    }
    return new Location(pointer, line, column);
  }

  /**
   * Returns the pointer into the record.
   *
   * @return the pointer
   */
  public JsonPointer pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line in the source text.
   *
   * @return the line, or empty if unknown
   */
  public OptionalInt line() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /**
   * Returns the 1-based column in the source text.
   *
   * @return the column, or empty if unknown
   */
  public OptionalInt column() {
    return column == 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Location)) {
      return false;
    }
    Location that = (Location) other;
    return pointer.equals(that.pointer) && line == that.line && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column);
  }

  /** Returns the pointer ({@code (root)} for the whole record) and, if known, {@code (line 3, column 7)}. */
  @Override
  public String toString() {
    String where = pointer.isRoot() ? "(root)" : pointer.toString();
    return line == 0 ? where : where + " (line " + line + ", column " + column + ")";
  }
}

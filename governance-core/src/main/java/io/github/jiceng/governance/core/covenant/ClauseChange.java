package io.github.jiceng.governance.core.covenant;

import java.util.Objects;
import java.util.Optional;

/**
 * One change between two versions of a covenant (条款变化): the clause before and after.
 *
 * <p>{@link ChangeKind#ADDED} has only {@link #after()}, {@link ChangeKind#REMOVED} only {@link #before()}; the other
 * kinds have both.
 */
public final class ClauseChange {
  private final ChangeKind kind;
  private final Clause before;
  private final Clause after;

  private ClauseChange(ChangeKind kind, Clause before, Clause after) {
    this.kind = Objects.requireNonNull(kind, "kind");
    boolean shapeOk = kind == ChangeKind.ADDED ? before == null && after != null
        : kind == ChangeKind.REMOVED ? before != null && after == null
        : before != null && after != null;
    if (!shapeOk) {
      throw new IllegalArgumentException("a change " + kind + " needs " + (kind == ChangeKind.ADDED ? "only the newer"
          : kind == ChangeKind.REMOVED ? "only the older" : "both") + " clause(s), but got before " + before
          + " and after " + after);
    }
    this.before = before;
    this.after = after;
  }

  /**
   * Returns an added clause.
   *
   * @param after the clause in the newer version, not null
   * @return the change
   */
  public static ClauseChange added(Clause after) {
    return new ClauseChange(ChangeKind.ADDED, null, Objects.requireNonNull(after, "after"));
  }

  /**
   * Returns a removed clause.
   *
   * @param before the clause in the older version, not null
   * @return the change
   */
  public static ClauseChange removed(Clause before) {
    return new ClauseChange(ChangeKind.REMOVED, Objects.requireNonNull(before, "before"), null);
  }

  /**
   * Returns an amended or renumbered clause.
   *
   * @param kind {@link ChangeKind#AMENDED} or {@link ChangeKind#RENUMBERED}, not null
   * @param before the clause in the older version, not null
   * @param after the clause in the newer version, not null
   * @return the change
   * @throws IllegalArgumentException if the kind is ADDED or REMOVED
   */
  public static ClauseChange of(ChangeKind kind, Clause before, Clause after) {
    return new ClauseChange(kind, Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
  }

  /**
   * Returns how the clause changed.
   *
   * @return the kind
   */
  public ChangeKind kind() {
    return kind;
  }

  /**
   * Returns the clause in the older version.
   *
   * @return the clause, or empty for an added clause
   */
  public Optional<Clause> before() {
    return Optional.ofNullable(before);
  }

  /**
   * Returns the clause in the newer version.
   *
   * @return the clause, or empty for a removed clause
   */
  public Optional<Clause> after() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ClauseChange)) {
      return false;
    }
    ClauseChange that = (ClauseChange) other;
    return kind == that.kind && Objects.equals(before, that.before) && Objects.equals(after, that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, before, after);
  }

  /** Returns for example {@code "AMENDED 第3条: … -> …"}. */
  @Override
  public String toString() {
    switch (kind) {
      case ADDED:
        return "ADDED " + after;
      case REMOVED:
        return "REMOVED " + before;
      case RENUMBERED:
        return "RENUMBERED 第" + before.number() + "条 -> 第" + after.number() + "条";
      default:
        return "AMENDED 第" + before.number() + "条: " + before.text() + " -> " + after.text();
    }
  }
}

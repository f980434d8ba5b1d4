package io.github.jiceng.governance.core.covenant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The clause-level differences between two versions of a covenant (版本比较), as participatory platforms show a draft
 * and its amendments.
 *
 * <p>Clauses are matched in three passes. First, a clause with the same number and content (text, area, sanction flag)
 * in both versions is unchanged and not listed. Then a clause whose content reappears unchanged under another number is
 * {@link ChangeKind#RENUMBERED}. Then, of the clauses left, one whose number exists in both versions is {@link
 * ChangeKind#AMENDED}; the rest are {@link ChangeKind#ADDED} or {@link ChangeKind#REMOVED}. Changes are ordered by the
 * newer number, then the older.
 *
 * <pre>{@code
 * CovenantDiff diff = CovenantDiff.between(v1, v2);
 * diff.added();     // clauses new in v2
 * diff.amended();   // clauses whose wording changed
 * }</pre>
 */
public final class CovenantDiff {
  private final String olderId;
  private final String newerId;
  private final List<ClauseChange> changes;

  private CovenantDiff(String olderId, String newerId, List<ClauseChange> changes) {
    this.olderId = olderId;
    this.newerId = newerId;
    this.changes = List.copyOf(changes);
  }

  /**
   * Compares two versions.
   *
   * @param older the older version, not null
   * @param newer the newer version, not null
   * @return the differences
   */
  public static CovenantDiff between(Covenant older, Covenant newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    Map<Integer, Clause> before = byNumber(older.clauses());
    Map<Integer, Clause> after = byNumber(newer.clauses());
    before.values().removeIf(clause -> {
      Clause same = after.get(clause.number());
      return same != null && sameContent(clause, same) && after.remove(clause.number()) != null;
    });
    List<ClauseChange> changes = new ArrayList<>();
    for (Iterator<Clause> gone = before.values().iterator(); gone.hasNext(); ) {
      Clause clause = gone.next();
      Clause moved = after.values().stream().filter(c -> sameContent(clause, c)).findFirst().orElse(null);
      if (moved != null) {
        changes.add(ClauseChange.of(ChangeKind.RENUMBERED, clause, moved));
        after.remove(moved.number());
        gone.remove();
      }
    }
    for (Clause clause : before.values()) {
      Clause amended = after.remove(clause.number());
      changes.add(amended == null ? ClauseChange.removed(clause)
          : ClauseChange.of(ChangeKind.AMENDED, clause, amended));
    }
    after.values().forEach(clause -> changes.add(ClauseChange.added(clause)));
    changes.sort(Comparator
        .comparingInt((ClauseChange c) -> c.after().map(Clause::number).orElse(Integer.MAX_VALUE))
        .thenComparingInt(c -> c.before().map(Clause::number).orElse(Integer.MAX_VALUE)));
    return new CovenantDiff(older.id(), newer.id(), changes);
  }

  private static Map<Integer, Clause> byNumber(List<Clause> clauses) {
    Map<Integer, Clause> map = new LinkedHashMap<>();
    clauses.forEach(clause -> map.put(clause.number(), clause));
    return map;
  }

  private static boolean sameContent(Clause a, Clause b) {
    return a.text().equals(b.text()) && a.area().equals(b.area()) && a.sanction() == b.sanction();
  }

  /**
   * Returns every change.
   *
   * @return the changes, ordered by clause number
   */
  public List<ClauseChange> changes() {
    return changes;
  }

  /**
   * Returns the changes of one kind.
   *
   * @param kind the kind, not null
   * @return the changes of that kind
   */
  public List<ClauseChange> changes(ChangeKind kind) {
    Objects.requireNonNull(kind, "kind");
    return changes.stream().filter(c -> c.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the clauses new in the newer version.
   *
   * @return the added clauses
   */
  public List<Clause> added() {
    return changes(ChangeKind.ADDED).stream().map(c -> c.after().orElseThrow())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the clauses of the older version that the newer one drops.
   *
   * @return the removed clauses
   */
  public List<Clause> removed() {
    return changes(ChangeKind.REMOVED).stream().map(c -> c.before().orElseThrow())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the amended clauses.
   *
   * @return the changes of kind {@link ChangeKind#AMENDED}
   */
  public List<ClauseChange> amended() {
    return changes(ChangeKind.AMENDED);
  }

  /**
   * Returns whether the versions have the same clauses.
   *
   * @return true if there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** Returns for example {@code "CovenantDiff[DX-2019 -> DX-2024: 2 added, 1 removed, 3 amended, 0 renumbered]"}. */
  @Override
  public String toString() {
    return "CovenantDiff[" + olderId + " -> " + newerId + ": " + changes(ChangeKind.ADDED).size() + " added, "
        + changes(ChangeKind.REMOVED).size() + " removed, " + changes(ChangeKind.AMENDED).size() + " amended, "
        + changes(ChangeKind.RENUMBERED).size() + " renumbered]";
  }
}

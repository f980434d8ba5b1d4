package io.github.jiceng.governance.core.burden;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which listed items a task falls under (事项比对结果), and which of the item ids claimed for it are on no list in
 * force. Made by {@link EffectiveLists#match}.
 */
public final class ItemMatch {
  private final List<ListedItem> matched;
  private final List<String> unknownIds;

  private ItemMatch(List<ListedItem> matched, List<String> unknownIds) {
    this.matched = List.copyOf(matched);
    this.unknownIds = List.copyOf(unknownIds);
  }

  /**
   * Returns a match result.
   *
   * @param matched the items the task falls under, without duplicates, not null
   * @param unknownIds the claimed ids found on no list, not null
   * @return the result
   */
  public static ItemMatch of(List<ListedItem> matched, List<String> unknownIds) {
    return new ItemMatch(Objects.requireNonNull(matched, "matched"), Objects.requireNonNull(unknownIds, "unknownIds"));
  }

  /**
   * Returns every item the task falls under.
   *
   * @return the items, in the order of the lists
   */
  public List<ListedItem> matched() {
    return matched;
  }

  /**
   * Returns the matched items on one list.
   *
   * @param kind the list, not null
   * @return the items on that list
   */
  public List<ListedItem> on(ListKind kind) {
    Objects.requireNonNull(kind, "kind");
    return matched.stream().filter(i -> i.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns whether the task falls under an item of the negative list.
   *
   * @return true if it does
   */
  public boolean isNegative() {
    return !on(ListKind.NEGATIVE).isEmpty();
  }

  /**
   * Returns whether the task falls under an item of the assistance list.
   *
   * @return true if it does
   */
  public boolean isAssistance() {
    return !on(ListKind.ASSIST_GOVERNMENT).isEmpty();
  }

  /**
   * Returns the claimed ids found on no list in force.
   *
   * @return the ids, in the order claimed
   */
  public List<String> unknownIds() {
    return unknownIds;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ItemMatch && matched.equals(((ItemMatch) other).matched)
        && unknownIds.equals(((ItemMatch) other).unknownIds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(matched, unknownIds);
  }

  /** Returns for example {@code "ItemMatch[yubei@2023:yb.n01 行政执法; unknown []]"}. */
  @Override
  public String toString() {
    return "ItemMatch[" + matched.stream().map(ListedItem::toString).collect(Collectors.joining(", "))
        + "; unknown " + unknownIds + "]";
  }
}

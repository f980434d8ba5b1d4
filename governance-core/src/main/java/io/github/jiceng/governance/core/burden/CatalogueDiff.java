package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.VillageKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What changed between two versions of lists (清单版本差异): items added, removed and changed, matched by id.
 *
 * <p>Made by {@link ListCatalogue#diff(ListCatalogue)} for two versions of one catalogue, and by {@link
 * ListCatalogues#changesFor} for the lists in force for one village on two days (its district's and its city's
 * catalogues together). {@link #forKind(VillageKind)} keeps only what applies to a village or to a community.
 */
@Value.Immutable
public abstract class CatalogueDiff {
  CatalogueDiff() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableCatalogueDiff.Builder builder() {
    return new ImmutableCatalogueDiff.Builder();
  }

  /**
   * Compares two lists of items by id. When an id occurs twice in one list, its first item counts.
   *
   * @param fromRef names the earlier lists, such as {@code "yubei@2023"}, not null
   * @param before the earlier items, not null
   * @param toRef names the later lists, not null
   * @param after the later items, not null
   * @return the differences: added and changed in the order of {@code after}, removed in the order of {@code before}
   */
  public static CatalogueDiff between(String fromRef, List<WorkItem> before, String toRef, List<WorkItem> after) {
    Map<String, WorkItem> old = byId(Objects.requireNonNull(before, "before"));
    Map<String, WorkItem> now = byId(Objects.requireNonNull(after, "after"));
    ImmutableCatalogueDiff.Builder diff = builder()
        .from(Objects.requireNonNull(fromRef, "fromRef"))
        .to(Objects.requireNonNull(toRef, "toRef"));
    for (WorkItem item : now.values()) {
      WorkItem previous = old.get(item.id());
      if (previous == null) {
        diff.addAdded(item);
      } else if (!previous.equals(item)) {
        diff.addChanged(ItemChange.of(previous, item));
      }
    }
    old.values().stream().filter(item -> !now.containsKey(item.id())).forEach(diff::addRemoved);
    return diff.build();
  }

  private static Map<String, WorkItem> byId(List<WorkItem> items) {
    Map<String, WorkItem> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(item.id(), item));
    return map;
  }

  /**
   * Returns what the earlier lists were.
   *
   * @return for example {@code "yubei@2023"}, or {@code "yubei@2023+chongqing@2019"} for a district and its city
   */
  public abstract String from();

  /**
   * Returns what the later lists are.
   *
   * @return for example {@code "yubei@2024"}
   */
  public abstract String to();

  /**
   * Returns the items that are new in the later lists.
   *
   * @return the added items
   */
  public abstract List<WorkItem> added();

  /**
   * Returns the items that the later lists no longer have.
   *
   * @return the removed items
   */
  public abstract List<WorkItem> removed();

  /**
   * Returns the items whose content changed.
   *
   * @return the changes
   */
  public abstract List<ItemChange> changed();

  /**
   * Returns whether nothing changed.
   *
   * @return true if no item was added, removed or changed
   */
  public boolean isEmpty() {
    return added().isEmpty() && removed().isEmpty() && changed().isEmpty();
  }

  /**
   * Returns only the differences that concern a kind of village-level unit: items whose level applies to it (for a
   * change, before or after).
   *
   * @param kind the kind of unit, not null
   * @return the filtered differences
   */
  public CatalogueDiff forKind(VillageKind kind) {
    Objects.requireNonNull(kind, "kind");
    return builder().from(from()).to(to())
        .addAllAdded(added().stream().filter(i -> i.level().appliesTo(kind)).collect(Collectors.toList()))
        .addAllRemoved(removed().stream().filter(i -> i.level().appliesTo(kind)).collect(Collectors.toList()))
        .addAllChanged(changed().stream()
            .filter(c -> c.before().level().appliesTo(kind) || c.after().level().appliesTo(kind))
            .collect(Collectors.toList()))
        .build();
  }

  /** Returns for example {@code "CatalogueDiff[chongqing@2019 -> chongqing@2024: +14 -0 ~0]"}. */
  @Override
  public String toString() {
    return "CatalogueDiff[" + from() + " -> " + to() + ": +" + added().size() + " -" + removed().size() + " ~"
        + changed().size() + "]";
  }
}

package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists in force for one village, community or area on one day (现行清单): the catalogues of its jurisdictions,
 * nearest first (its district's, then its city's), combined.
 *
 * <p><b>How catalogues combine.</b> For each list except the negative list, the nearest catalogue that has items on
 * that list gives the whole list: a district's assistance list replaces the city's; a district without an assistance
 * list of its own uses the city's. The negative list is the union of all the catalogues' negative lists, nearest
 * first: a district may add areas that must not be given to villages, never remove the city's. Items that do not apply
 * to the unit (a community-only item for a village) are left out when the target is a village-level code.
 *
 * <p>Made by {@link ListCatalogues#effectiveFor(DivisionCode, LocalDate)}.
 */
public final class EffectiveLists {
  private final DivisionCode target;
  private final LocalDate date;
  private final List<ListCatalogue> chain;
  private final List<ListedItem> items;

  private EffectiveLists(DivisionCode target, LocalDate date, List<ListCatalogue> chain) {
    this.target = Objects.requireNonNull(target, "target");
    this.date = Objects.requireNonNull(date, "date");
    this.chain = List.copyOf(chain);
    this.items = combine(this.chain, target.villageKind());
  }

  /**
   * Combines catalogues for a target.
   *
   * @param target the village, community, township or district the lists are for, not null
   * @param date the day, not null
   * @param chain the catalogues in force on that day for the target's jurisdictions, nearest first, not null
   * @return the lists in force
   */
  public static EffectiveLists of(DivisionCode target, LocalDate date, List<ListCatalogue> chain) {
    return new EffectiveLists(target, date, Objects.requireNonNull(chain, "chain"));
  }

  private static List<ListedItem> combine(List<ListCatalogue> chain, Optional<VillageKind> kind) {
    List<ListedItem> result = new ArrayList<>();
    Set<String> negativeIds = new LinkedHashSet<>();
    for (ListKind list : ListKind.values()) {
      if (list == ListKind.NEGATIVE) {
        for (ListCatalogue catalogue : chain) {
          catalogue.itemsOf(list).stream().filter(item -> negativeIds.add(item.id()))
              .forEach(item -> result.add(ListedItem.of(item, catalogue)));
        }
      } else {
        chain.stream().filter(catalogue -> !catalogue.itemsOf(list).isEmpty()).findFirst()
            .ifPresent(catalogue -> catalogue.itemsOf(list).forEach(item -> result.add(ListedItem.of(item, catalogue))));
      }
    }
    return kind.map(k -> result.stream().filter(i -> i.item().level().appliesTo(k)).collect(Collectors.toList()))
        .map(List::copyOf).orElse(List.copyOf(result));
  }

  /**
   * Returns the village, community or area the lists are for.
   *
   * @return the target's code
   */
  public DivisionCode target() {
    return target;
  }

  /**
   * Returns the day.
   *
   * @return the day the lists are in force
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the catalogues combined, nearest first.
   *
   * @return the catalogue versions in force, empty if there are none
   */
  public List<ListCatalogue> chain() {
    return chain;
  }

  /**
   * Returns whether no catalogue is in force for the target, so that nothing can be said about its lists.
   *
   * @return true without catalogues
   */
  public boolean isEmpty() {
    return chain.isEmpty();
  }

  /**
   * Returns the catalogues' references, nearest first.
   *
   * @return for example {@code "yubei@2023+chongqing@2019"}, or {@code "-"} without catalogues
   */
  public String ref() {
    return chain.isEmpty() ? "-" : chain.stream().map(ListCatalogue::ref).collect(Collectors.joining("+"));
  }

  /**
   * Returns every item in force for the target.
   *
   * @return the items, list by list in the order of {@link ListKind}
   */
  public List<ListedItem> items() {
    return items;
  }

  /**
   * Returns the items of one list in force for the target.
   *
   * @param kind the list, not null
   * @return the items
   */
  public List<ListedItem> itemsOf(ListKind kind) {
    Objects.requireNonNull(kind, "kind");
    return items.stream().filter(i -> i.kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the item with an id among those in force for the target.
   *
   * @param itemId the id, not null
   * @return the item, or empty
   */
  public Optional<ListedItem> find(String itemId) {
    Objects.requireNonNull(itemId, "itemId");
    return items.stream().filter(i -> i.item().id().equals(itemId)).findFirst();
  }

  /**
   * Returns the items a task falls under: those with a claimed id, and every item whose name is the task's name (white
   * space ignored), on whatever list. A task named like a negative-list item therefore matches it whatever ids are
   * claimed for it.
   *
   * @param claimedIds the ids of the items the task is said to fall under, not null
   * @param taskName the task's name, not null
   * @return the matched items (each once, in the order of {@link #items()}) and the claimed ids found on no list
   */
  public ItemMatch match(Collection<String> claimedIds, String taskName) {
    Objects.requireNonNull(claimedIds, "claimedIds");
    Objects.requireNonNull(taskName, "taskName");
    Set<String> ids = new LinkedHashSet<>(claimedIds);
    String name = ItemNames.normalise(taskName);
    List<ListedItem> matched = items.stream()
        .filter(i -> ids.contains(i.item().id()) || i.item().hasNormalisedName(name))
        .collect(Collectors.toList());
    List<String> unknown = ids.stream().filter(id -> find(id).isEmpty()).collect(Collectors.toList());
    return ItemMatch.of(matched, unknown);
  }

  /** Returns for example {@code "EffectiveLists[500112001001 on 2025-03-01: yubei@2023+chongqing@2024, 71 items]"}. */
  @Override
  public String toString() {
    return "EffectiveLists[" + Jurisdiction.of(target).code() + " on " + date + ": " + ref() + ", " + items.size() + " items]";
  }
}

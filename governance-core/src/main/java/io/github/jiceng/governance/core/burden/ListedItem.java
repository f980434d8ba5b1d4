package io.github.jiceng.governance.core.burden;

import java.util.Objects;

/**
 * A work item together with the catalogue version it comes from (在册事项), as found in the {@link EffectiveLists}
 * for a village; decisions cite both.
 */
public final class ListedItem {
  private final WorkItem item;
  private final ListCatalogue catalogue;

  private ListedItem(WorkItem item, ListCatalogue catalogue) {
    this.item = Objects.requireNonNull(item, "item");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
  }

  /**
   * Returns an item of a catalogue.
   *
   * @param item the item, not null
   * @param catalogue the catalogue version it is on, not null
   * @return the listed item
   */
  public static ListedItem of(WorkItem item, ListCatalogue catalogue) {
    return new ListedItem(item, catalogue);
  }

  /**
   * Returns the item.
   *
   * @return the item
   */
  public WorkItem item() {
    return item;
  }

  /**
   * Returns the catalogue version the item is on.
   *
   * @return the catalogue
   */
  public ListCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the item's list.
   *
   * @return the kind of list
   */
  public ListKind kind() {
    return item.kind();
  }

  /**
   * Returns the basis to cite for the item: its own legal basis, or else the catalogue's source document.
   *
   * @return the basis
   */
  public String basis() {
    return item.legalBasis().orElse(catalogue.sourceDocument());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListedItem && item.equals(((ListedItem) other).item)
        && catalogue.ref().equals(((ListedItem) other).catalogue.ref());
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, catalogue.ref());
  }

  /** Returns for example {@code "yubei@2023:yb.n01 行政执法"}. */
  @Override
  public String toString() {
    return catalogue.ref() + ":" + item.id() + " " + item.name();
  }
}

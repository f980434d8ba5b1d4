package io.github.jiceng.governance.core.burden;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A work item changed between two catalogue versions (清单事项变更): the same id before and after.
 *
 * <pre>{@code
 * ItemChange.of(before, after).changedAttributes(); // for example [name, funding]
 * }</pre>
 */
@Value.Immutable
public abstract class ItemChange {
  ItemChange() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableItemChange.Builder builder() {
    return new ImmutableItemChange.Builder();
  }

  /**
   * Returns the change from one item to another with the same id.
   *
   * @param before the item in the earlier version, not null
   * @param after the item in the later version, not null
   * @return the change
   * @throws IllegalArgumentException if the ids differ
   */
  public static ItemChange of(WorkItem before, WorkItem after) {
    return builder().before(Objects.requireNonNull(before, "before"))
        .after(Objects.requireNonNull(after, "after")).build();
  }

  /**
   * Returns the item in the earlier version.
   *
   * @return the item before
   */
  public abstract WorkItem before();

  /**
   * Returns the item in the later version.
   *
   * @return the item after
   */
  public abstract WorkItem after();

  /**
   * Returns the item's id.
   *
   * @return the id, the same before and after
   */
  public String itemId() {
    return after().id();
  }

  /**
   * Returns the names of the attributes that differ, in the order of {@link WorkItem}'s accessors.
   *
   * @return for example {@code [name, funding]}; empty if the items are equal
   */
  public List<String> changedAttributes() {
    WorkItem a = before();
    WorkItem b = after();
    List<String> changed = new ArrayList<>();
    addIf(changed, "kind", a.kind(), b.kind());
    addIf(changed, "name", a.name(), b.name());
    addIf(changed, "description", a.description(), b.description());
    addIf(changed, "level", a.level(), b.level());
    addIf(changed, "legalBasis", a.legalBasis(), b.legalBasis());
    addIf(changed, "responsibleDepartment", a.responsibleDepartment(), b.responsibleDepartment());
    addIf(changed, "funding", a.funding(), b.funding());
    addIf(changed, "commitmentReplaces", a.commitmentReplaces(), b.commitmentReplaces());
    addIf(changed, "illustrative", a.illustrative(), b.illustrative());
    addIf(changed, "note", a.note(), b.note());
    return List.copyOf(changed);
  }

  private static void addIf(List<String> changed, String name, Object before, Object after) {
    if (!before.equals(after)) {
      changed.add(name);
    }
  }

  @Value.Check
  void check() {
    if (!before().id().equals(after().id())) {
      throw new IllegalArgumentException("an item change must keep the id, but " + before().id() + " became "
          + after().id());
    }
  }

  /** Returns for example {@code "ItemChange[cq.a01: name, funding]"}. */
  @Override
  public String toString() {
    return "ItemChange[" + itemId() + ": " + String.join(", ", changedAttributes()) + "]";
  }
}

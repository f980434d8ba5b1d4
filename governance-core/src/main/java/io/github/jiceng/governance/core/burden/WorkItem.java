package io.github.jiceng.governance.core.burden;

import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A work item (工作事项) on one of a jurisdiction's lists: a self-governance duty, an assistance task, a
 * negative-list area, or a certificate, with a stable id.
 *
 * <p>The id is checked at construction (letters, digits, {@code . - _}); everything else is data that the rules
 * check. An item whose text is not taken from a published list is marked {@link #illustrative()}: the bundled
 * catalogues mark every item the reference does not give, and such items must never be presented as official.
 *
 * <pre>{@code
 * WorkItem enforcement = WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法");
 * WorkItem census = WorkItem.builder().id("cq.a01").kind(ListKind.ASSIST_GOVERNMENT).name("协助开展人口普查")
 *     .funding(ItemFunding.FOLLOWS_TASK).illustrative(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class WorkItem {
  WorkItem() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableWorkItem.Builder builder() {
    return new ImmutableWorkItem.Builder();
  }

  /**
   * Returns an item with only an id, a kind and a name: applicable to villages and communities, funding not stated,
   * not illustrative.
   *
   * @param id the stable id, such as {@code "yb.n01"}, not null
   * @param kind the list, not null
   * @param name the item's text, not null
   * @return the item
   * @throws IllegalArgumentException if the id is malformed
   * @throws NullPointerException if an argument is null
   */
  public static WorkItem of(String id, ListKind kind, String name) {
    return builder()
        .id(Objects.requireNonNull(id, "id"))
        .kind(Objects.requireNonNull(kind, "kind"))
        .name(Objects.requireNonNull(name, "name"))
        .build();
  }

  /**
   * Returns the stable id, unique within the catalogue and kept from version to version.
   *
   * @return the id, such as {@code "cq.a01"}
   */
  public abstract String id();

  /**
   * Returns the list the item is on.
   *
   * @return the kind of list
   */
  public abstract ListKind kind();

  /**
   * Returns the item's text as published (or, for an illustrative item, as written for the example).
   *
   * @return the name, such as {@code "行政执法"}
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns a longer description.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns which village-level units the item applies to.
   *
   * @return the level; {@link ApplicableLevel#BOTH} by default
   */
  @Value.Default
  public ApplicableLevel level() {
    return ApplicableLevel.BOTH;
  }

  /**
   * Returns the legal basis the list gives for the item (法律依据).
   *
   * @return the basis, such as {@code "中华人民共和国统计法"}, or empty
   */
  public abstract Optional<String> legalBasis();

  /**
   * Returns the responsible department (责任部门).
   *
   * @return the department, such as {@code "区民政局"}, or empty
   */
  public abstract Optional<String> responsibleDepartment();

  /**
   * Returns whether funding follows the task (费随事转), as the list states.
   *
   * @return the funding; {@link ItemFunding#NOT_STATED} by default
   */
  @Value.Default
  public ItemFunding funding() {
    return ItemFunding.NOT_STATED;
  }

  /**
   * Returns whether a written commitment of the applicant (告知承诺制) replaces this certificate, so that the
   * community need not issue it. Only certificates can have this mark.
   *
   * @return true if the commitment replaces the certificate; false by default
   */
  @Value.Default
  public boolean commitmentReplaces() {
    return false;
  }

  /**
   * Returns whether the item's text is illustrative: written for the example because the published text is not
   * available, and not to be presented as official.
   *
   * @return true for an illustrative item; false by default
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /**
   * Returns a note, such as where the text comes from.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns whether the item's name equals a text when white space is ignored.
   *
   * @param text the text, not null
   * @return true if the names match
   */
  public boolean hasName(String text) {
    return hasNormalisedName(ItemNames.normalise(Objects.requireNonNull(text, "text")));
  }

  /** Whether the item's name without white space is a text already without white space. */
  boolean hasNormalisedName(String normalised) {
    return normalisedName().equals(normalised);
  }

  /**
   * Returns the name without white space, worked out once: items are matched by name for every request. Not an
   * attribute (no setter, not in equality).
   */
  @Value.Lazy
  String normalisedName() {
    return ItemNames.normalise(name());
  }

  @Value.Check
  void check() {
    ItemNames.requireId("work item", id());
    if (commitmentReplaces() && kind() != ListKind.CERTIFICATE) {
      throw new IllegalArgumentException("work item " + id() + " '" + name() + "' is a " + kind()
          + " item, but only a CERTIFICATE item can be replaced by a written commitment (告知承诺制)");
    }
  }

  /** Returns for example {@code "WorkItem[cq.a01 ASSIST_GOVERNMENT 协助开展人口普查, illustrative]"}. */
  @Override
  public String toString() {
    return "WorkItem[" + id() + " " + kind() + " " + name()
        + (level() == ApplicableLevel.BOTH ? "" : ", " + level())
        + (funding() == ItemFunding.NOT_STATED ? "" : ", " + funding())
        + (commitmentReplaces() ? ", commitment" : "")
        + (illustrative() ? ", illustrative" : "") + "]";
  }
}

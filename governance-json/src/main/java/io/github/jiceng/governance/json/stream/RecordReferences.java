package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The references between records that a dataset must satisfy (记录引用表), for the streaming validator. Immutable.
 *
 * <p>{@link #standard()} holds the library's own: a township's {@code districtCode} names a {@code district}, and a
 * village's {@code townshipCode} names a {@code township}, both reported as {@code territory.unit.parent-missing}.
 * Domain areas add theirs there (a volunteer service record's volunteer, a project's social organisation, ...).
 */
public final class RecordReferences {
  private static final String PARENT_MISSING = "territory.unit.parent-missing";
  private static final RecordReferences STANDARD = new RecordReferences(List.of(
      RecordReference.of(Township.class, "districtCode", "district",
              (Township t) -> Optional.of(t.districtCode().value()))
          .reportedAs(PARENT_MISSING, t -> Map.of(
              "name", t.name(), "code", t.code().value(), "parent", t.districtCode().value())),
      RecordReference.of(Village.class, "townshipCode", "township",
              (Village v) -> Optional.of(v.townshipCode().value()))
          .reportedAs(PARENT_MISSING, v -> Map.of(
              "name", v.name(), "code", v.code().value(), "parent", v.townshipCode().value()))));
  private static final RecordReferences NONE = new RecordReferences(List.of());

  private final List<RecordReference<?>> references;

  private RecordReferences(List<RecordReference<?>> references) {
    this.references = references;
  }

  /**
   * Returns the library's own references.
   *
   * @return the standard references
   */
  public static RecordReferences standard() {
    return STANDARD;
  }

  /**
   * Returns no references.
   *
   * @return the empty list
   */
  public static RecordReferences none() {
    return NONE;
  }

  /**
   * Returns these references and more.
   *
   * @param more the references to add, none null
   * @return a new list
   */
  public RecordReferences with(RecordReference<?>... more) {
    List<RecordReference<?>> all = new ArrayList<>(references);
    Arrays.stream(more).forEach(r -> all.add(Objects.requireNonNull(r, "reference")));
    return new RecordReferences(List.copyOf(all));
  }

  /**
   * Returns the references.
   *
   * @return an immutable list in declaration order
   */
  public List<RecordReference<?>> all() {
    return references;
  }

  /** Returns the references' descriptions. */
  @Override
  public String toString() {
    return "RecordReferences" + references;
  }
}

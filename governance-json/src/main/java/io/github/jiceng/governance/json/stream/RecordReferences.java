package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The references between records that a dataset must satisfy (记录引用表), for the streaming validator. Immutable.
 *
 * <p>{@link #standard()} holds the library's own: a township's {@code districtCode} names a {@code district}, and a
 * village's {@code townshipCode} names a {@code township}, both reported as {@code territory.unit.parent-missing};
 * and the linkage records' references that the linkage rules check in batch: a volunteer service record's volunteer
 * ({@code linkage.service.volunteer-unregistered}), a social worker's employer ({@code
 * linkage.worker.employer-missing}), a linkage project's stage actors, participants and funding sources ({@code
 * linkage.project.actor-missing}) and its service records ({@code linkage.project.service-record-missing}).
 *
 * <p>Not declared, because the batch rules do not check them as references to a record id: a social-work room's or
 * station's place (checked against the territory, {@code service.room.station-missing} and the like) and a unit
 * record's unit, which may be of any of three types ({@code service.record.unit-missing}).
 */
public final class RecordReferences {
  private static final String PARENT_MISSING = "territory.unit.parent-missing";
  private static final RecordReferences STANDARD = new RecordReferences(List.<RecordReference<?>>of(
      RecordReference.of(Township.class, "districtCode", "district",
              (Township t) -> Optional.of(t.districtCode().value()))
          .reportedAs(PARENT_MISSING, ReferenceArguments.<Township>of("name", Township::name)
              .and("code", t -> t.code().value()).and("parent", t -> t.districtCode().value())),
      RecordReference.of(Village.class, "townshipCode", "township",
              (Village v) -> Optional.of(v.townshipCode().value()))
          .reportedAs(PARENT_MISSING, ReferenceArguments.<Village>of("name", Village::name)
              .and("code", v -> v.code().value()).and("parent", v -> v.townshipCode().value())))).with(
      LinkageReferences.all().toArray(RecordReference<?>[]::new));
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

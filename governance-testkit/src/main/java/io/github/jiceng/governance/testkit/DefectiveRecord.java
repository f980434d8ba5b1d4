package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated record with exactly one deliberate defect (有缺陷的记录), such as a committee with a {@link
 * CommitteeDefect} or a dispute case with a {@link CouncilDefect}, with the subject of the finding it should make and
 * a description of it.
 *
 * @param <D> the kind of defect
 */
public final class DefectiveRecord<D extends Enum<D> & RecordDefect> {
  private final Object record;
  private final D defect;
  private final String subjectId;
  private final String description;

  private DefectiveRecord(Object record, D defect, String subjectId, String description) {
    this.record = Objects.requireNonNull(record, "record");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.description = Objects.requireNonNull(description, "description");
  }

  static <D extends Enum<D> & RecordDefect> DefectiveRecord<D> of(Object record, D defect, String subjectId,
      String description) {
    return new DefectiveRecord<>(record, defect, subjectId, description);
  }

  /**
   * Returns the record with the defect.
   *
   * @return the record, for example a committee, a representative assembly or a dispute case
   */
  public Object record() {
    return record;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public D defect() {
    return defect;
  }

  /**
   * Returns the record type of the finding's subject.
   *
   * @return for example {@code community-committee}
   */
  public String subjectType() {
    return defect.subjectType();
  }

  /**
   * Returns the id of the defective record, the finding's subject.
   *
   * @return the id
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns what is wrong, in English.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DefectiveRecord && record.equals(((DefectiveRecord<?>) other).record)
        && defect == ((DefectiveRecord<?>) other).defect
        && description.equals(((DefectiveRecord<?>) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, defect, description);
  }

  /** Returns the defect and the description. */
  @Override
  public String toString() {
    return "DefectiveRecord[" + defect + ": " + description + "]";
  }
}

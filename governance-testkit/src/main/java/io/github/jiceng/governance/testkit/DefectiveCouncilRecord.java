package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated record with exactly one deliberate {@link CouncilDefect} (有缺陷的议事协商记录): a council, dispute case or raised matter, with the subject of the
 * finding it should make and a description of it.
 */
public final class DefectiveCouncilRecord {
  private final Object record;
  private final CouncilDefect defect;
  private final String subjectId;
  private final String description;

  private DefectiveCouncilRecord(Object record, CouncilDefect defect, String subjectId, String description) {
    this.record = Objects.requireNonNull(record, "record");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.description = Objects.requireNonNull(description, "description");
  }

  static DefectiveCouncilRecord of(Object record, CouncilDefect defect, String subjectId, String description) {
    return new DefectiveCouncilRecord(record, defect, subjectId, description);
  }

  /**
   * Returns the record with the defect.
   *
   * @return a council, dispute case or raised matter
   */
  public Object record() {
    return record;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public CouncilDefect defect() {
    return defect;
  }

  /**
   * Returns the record type of the finding's subject.
   *
   * @return for example {@code dispute-case}
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
    return other instanceof DefectiveCouncilRecord && record.equals(((DefectiveCouncilRecord) other).record)
        && defect == ((DefectiveCouncilRecord) other).defect
        && description.equals(((DefectiveCouncilRecord) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, defect, description);
  }

  /** Returns the defect and the description. */
  @Override
  public String toString() {
    return "DefectiveCouncilRecord[" + defect + ": " + description + "]";
  }
}

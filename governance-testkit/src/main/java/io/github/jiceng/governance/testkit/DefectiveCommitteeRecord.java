package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated record with exactly one deliberate {@link CommitteeDefect} (有缺陷的自治组织组成记录): a committee or representative assembly, with the subject of the
 * finding it should make and a description of it.
 */
public final class DefectiveCommitteeRecord {
  private final Object record;
  private final CommitteeDefect defect;
  private final String subjectId;
  private final String description;

  private DefectiveCommitteeRecord(Object record, CommitteeDefect defect, String subjectId, String description) {
    this.record = Objects.requireNonNull(record, "record");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.description = Objects.requireNonNull(description, "description");
  }

  static DefectiveCommitteeRecord of(Object record, CommitteeDefect defect, String subjectId, String description) {
    return new DefectiveCommitteeRecord(record, defect, subjectId, description);
  }

  /**
   * Returns the record with the defect.
   *
   * @return a committee or representative assembly
   */
  public Object record() {
    return record;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public CommitteeDefect defect() {
    return defect;
  }

  /**
   * Returns the record type of the finding's subject.
   *
   * @return for example {@code committee}
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
    return other instanceof DefectiveCommitteeRecord && record.equals(((DefectiveCommitteeRecord) other).record)
        && defect == ((DefectiveCommitteeRecord) other).defect
        && description.equals(((DefectiveCommitteeRecord) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(record, defect, description);
  }

  /** Returns the defect and the description. */
  @Override
  public String toString() {
    return "DefectiveCommitteeRecord[" + defect + ": " + description + "]";
  }
}

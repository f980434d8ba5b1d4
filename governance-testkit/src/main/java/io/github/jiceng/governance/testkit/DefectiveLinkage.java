package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated linkage dataset with exactly one deliberate defect (有缺陷的五社联动数据集), the record that carries it
 * (its record type name and id, as a validator names the subject of a finding) and a description.
 */
public final class DefectiveLinkage {
  private final LinkageDataset dataset;
  private final LinkageDefect defect;
  private final String subjectType;
  private final String subjectId;
  private final String description;

  private DefectiveLinkage(LinkageDataset dataset, LinkageDefect defect, String subjectType, String subjectId,
      String description) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a defective dataset.
   *
   * @param dataset the dataset, including the defective record
   * @param defect the defect
   * @param subjectType the record type name of the defective record, such as {@code linkage-project}
   * @param subjectId the id of the defective record
   * @param description what is wrong
   * @return the defective dataset
   * @throws NullPointerException if an argument is null
   */
  public static DefectiveLinkage of(LinkageDataset dataset, LinkageDefect defect, String subjectType,
      String subjectId, String description) {
    return new DefectiveLinkage(dataset, defect, subjectType, subjectId, description);
  }

  /**
   * Returns the dataset, including the defective record.
   *
   * @return the dataset
   */
  public LinkageDataset dataset() {
    return dataset;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public LinkageDefect defect() {
    return defect;
  }

  /**
   * Returns the record type name of the record with the defect.
   *
   * @return for example {@code volunteer-service-record}
   */
  public String subjectType() {
    return subjectType;
  }

  /**
   * Returns the id of the record with the defect.
   *
   * @return the id
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns what is wrong, in English, naming the record.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DefectiveLinkage)) {
      return false;
    }
    DefectiveLinkage that = (DefectiveLinkage) other;
    return dataset.equals(that.dataset) && defect == that.defect && subjectType.equals(that.subjectType)
        && subjectId.equals(that.subjectId) && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, defect, subjectType, subjectId, description);
  }

  /** Returns the defect, the subject and the description. */
  @Override
  public String toString() {
    return "DefectiveLinkage[" + defect + " on " + subjectType + ":" + subjectId + ": " + description + "; " + dataset
        + "]";
  }
}

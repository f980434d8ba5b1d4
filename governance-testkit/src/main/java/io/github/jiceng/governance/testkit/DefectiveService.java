package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated service dataset with exactly one planted {@link ServiceDefect}, the subject of the finding it should
 * make, and a description of what was changed.
 */
public final class DefectiveService {
  private final ServiceDataset dataset;
  private final ServiceDefect defect;
  private final String subjectId;
  private final String description;

  private DefectiveService(ServiceDataset dataset, ServiceDefect defect, String subjectId, String description) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.description = Objects.requireNonNull(description, "description");
  }

  static DefectiveService of(ServiceDataset dataset, ServiceDefect defect, String subjectId, String description) {
    return new DefectiveService(dataset, defect, subjectId, description);
  }

  /**
   * Returns the dataset with the defect.
   *
   * @return the dataset
   */
  public ServiceDataset dataset() {
    return dataset;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public ServiceDefect defect() {
    return defect;
  }

  /**
   * Returns the record type of the finding's subject.
   *
   * @return for example {@code social-work-station}
   */
  public String subjectType() {
    return defect.subjectType();
  }

  /**
   * Returns the id of the finding's subject (a division code's 12 digits for territorial units).
   *
   * @return the id
   */
  public String subjectId() {
    return subjectId;
  }

  /**
   * Returns what was changed.
   *
   * @return a description, for example {@code "station ST-500154101 left with 1 certified worker"}
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DefectiveService)) {
      return false;
    }
    DefectiveService that = (DefectiveService) other;
    return dataset.equals(that.dataset) && defect == that.defect && subjectId.equals(that.subjectId)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dataset, defect, subjectId, description);
  }

  /** Returns for example {@code "DefectiveService[STATION_UNDERSTAFFED social-work-station/ST-1: ...]"}. */
  @Override
  public String toString() {
    return "DefectiveService[" + defect + " " + subjectType() + "/" + subjectId + ": " + description + "]";
  }
}

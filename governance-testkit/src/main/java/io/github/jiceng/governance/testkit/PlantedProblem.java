package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import java.util.List;
import java.util.Objects;

/**
 * A problem deliberately planted in one record of the {@link SampleDistrict} (预置问题), as listed in the dataset's
 * manifest: the record (type and id, the subject of the findings), the ids of the rules that must report it, and a
 * one-line description in Chinese and English. The findings' subject is the record itself, except for a volunteer's
 * daily hours, whose subject is the {@code volunteer-service-log} of the volunteer number.
 */
public final class PlantedProblem {
  private final ProblemArea area;
  private final SamplePart part;
  private final String recordType;
  private final String recordId;
  private final List<String> ruleIds;
  private final BilingualText description;

  private PlantedProblem(ProblemArea area, SamplePart part, String recordType, String recordId, List<String> ruleIds,
      BilingualText description) {
    this.area = Objects.requireNonNull(area, "area");
    this.part = Objects.requireNonNull(part, "part");
    this.recordType = Objects.requireNonNull(recordType, "recordType");
    this.recordId = Objects.requireNonNull(recordId, "recordId");
    this.ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
    if (this.ruleIds.isEmpty()) {
      throw new IllegalArgumentException("a planted problem of " + recordType + " " + recordId
          + " must name at least one rule id");
    }
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a planted problem.
   *
   * @param area the area, not null
   * @param part the part whose file holds the record, not null
   * @param recordType the record type of the findings' subject, such as {@code village}, not null
   * @param recordId the id of the findings' subject, not null
   * @param ruleIds the ids of the rules (finding codes) that report it, at least one, not null
   * @param chinese the description in Chinese, not null
   * @param english the description in English, not null
   * @return the problem
   * @throws IllegalArgumentException if {@code ruleIds} is empty
   * @throws NullPointerException if an argument is null
   */
  public static PlantedProblem of(ProblemArea area, SamplePart part, String recordType, String recordId,
      List<String> ruleIds, String chinese, String english) {
    return new PlantedProblem(area, part, recordType, recordId, ruleIds, BilingualText.of(chinese, english));
  }

  /**
   * Returns the area of the problem.
   *
   * @return the area
   */
  public ProblemArea area() {
    return area;
  }

  /**
   * Returns the part whose file holds the record.
   *
   * @return the part
   */
  public SamplePart part() {
    return part;
  }

  /**
   * Returns the record type of the findings' subject.
   *
   * @return for example {@code volunteer-service-record}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * Returns the id of the findings' subject.
   *
   * @return for example {@code SR-12-1-2}
   */
  public String recordId() {
    return recordId;
  }

  /**
   * Returns the ids of the rules (finding codes) that must report the problem, one finding each.
   *
   * @return an immutable list, not empty
   */
  public List<String> ruleIds() {
    return ruleIds;
  }

  /**
   * Returns the one-line description.
   *
   * @return the description in Chinese and English
   */
  public BilingualText description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PlantedProblem)) {
      return false;
    }
    PlantedProblem that = (PlantedProblem) other;
    return area == that.area && part == that.part && recordType.equals(that.recordType)
        && recordId.equals(that.recordId) && ruleIds.equals(that.ruleIds) && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area, part, recordType, recordId, ruleIds, description);
  }

  /** Returns for example {@code "PlantedProblem[village 500154001001: territory.village.kind-mismatch; ...]"}. */
  @Override
  public String toString() {
    return "PlantedProblem[" + recordType + " " + recordId + ": " + String.join(", ", ruleIds) + "; "
        + description.english() + "]";
  }
}

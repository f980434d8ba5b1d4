package io.github.jiceng.governance.testkit;

import java.util.Objects;

/**
 * A generated {@link AdoptionCase} with exactly one deliberate {@link CovenantDefect}, and a description of it. The
 * defect is on the covenant, except {@link CovenantDefect#NO_WOMEN}, which is on the meeting.
 */
public final class DefectiveAdoption {
  private final AdoptionCase adoption;
  private final CovenantDefect defect;
  private final String description;

  private DefectiveAdoption(AdoptionCase adoption, CovenantDefect defect, String description) {
    this.adoption = Objects.requireNonNull(adoption, "adoption");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a defective case.
   *
   * @param adoption the covenant and meeting, not null
   * @param defect the defect, not null
   * @param description what is wrong, not null
   * @return the defective case
   */
  public static DefectiveAdoption of(AdoptionCase adoption, CovenantDefect defect, String description) {
    return new DefectiveAdoption(adoption, defect, description);
  }

  /**
   * Returns the covenant and the meeting.
   *
   * @return the case
   */
  public AdoptionCase adoption() {
    return adoption;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public CovenantDefect defect() {
    return defect;
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
    return other instanceof DefectiveAdoption && adoption.equals(((DefectiveAdoption) other).adoption)
        && defect == ((DefectiveAdoption) other).defect
        && description.equals(((DefectiveAdoption) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(adoption, defect, description);
  }

  /** Returns the defect and the description. */
  @Override
  public String toString() {
    return "DefectiveAdoption[" + defect + ": " + description + "]";
  }
}

package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.territory.TerritorialUnit;
import io.github.jiceng.governance.core.territory.Territory;
import java.util.Objects;

/**
 * A generated territory with exactly one deliberate defect (有缺陷的区划数据), the unit that carries it, and a
 * description of it.
 *
 * <p>Every other unit is consistent: removing (for {@link TerritoryDefect#MISSING_PARENT}) or restoring the subject
 * gives a consistent territory.
 */
public final class DefectiveTerritory {
  private final Territory territory;
  private final TerritoryDefect defect;
  private final TerritorialUnit subject;
  private final String description;

  private DefectiveTerritory(Territory territory, TerritoryDefect defect, TerritorialUnit subject,
      String description) {
    this.territory = Objects.requireNonNull(territory, "territory");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.description = Objects.requireNonNull(description, "description");
    if (!territory.versions(subject.code()).contains(subject)) {
      throw new IllegalArgumentException("the subject " + subject + " is not in the territory " + territory);
    }
  }

  /**
   * Returns a defective territory.
   *
   * @param territory the territory, including the subject
   * @param defect the defect
   * @param subject the unit with the defect
   * @param description what is wrong, naming the subject's code
   * @return the defective territory
   * @throws IllegalArgumentException if the subject is not in the territory
   * @throws NullPointerException if an argument is null
   */
  public static DefectiveTerritory of(Territory territory, TerritoryDefect defect, TerritorialUnit subject,
      String description) {
    return new DefectiveTerritory(territory, defect, subject, description);
  }

  /**
   * Returns the territory, including the subject.
   *
   * @return the territory
   */
  public Territory territory() {
    return territory;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public TerritoryDefect defect() {
    return defect;
  }

  /**
   * Returns the unit that carries the defect.
   *
   * @return the unit
   */
  public TerritorialUnit subject() {
    return subject;
  }

  /**
   * Returns what is wrong, in English, naming the subject's code and name.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DefectiveTerritory)) {
      return false;
    }
    DefectiveTerritory that = (DefectiveTerritory) other;
    return territory.equals(that.territory) && defect == that.defect && subject.equals(that.subject)
        && description.equals(that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(territory, defect, subject, description);
  }

  /** Returns the defect, the description and the territory's size. */
  @Override
  public String toString() {
    return "DefectiveTerritory[" + defect + ": " + description + "; " + territory + "]";
  }
}

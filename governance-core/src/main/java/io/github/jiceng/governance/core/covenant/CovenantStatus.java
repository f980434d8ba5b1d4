package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * The status of a covenant version (公约状态).
 */
public enum CovenantStatus implements Displayable {
  /** Being drafted (起草中). */
  DRAFT("起草中", "draft"),
  /** Submitted to the township or street for review (审核中). */
  UNDER_REVIEW("审核中", "under review"),
  /** Adopted by the meeting's vote (已表决通过). */
  ADOPTED("已表决通过", "adopted"),
  /** Filed with the competent government body (已备案). */
  FILED("已备案", "filed"),
  /** Published and in force (已公布施行). */
  IN_FORCE("已公布施行", "in force"),
  /** Replaced by a later version (已被修订). */
  SUPERSEDED("已被修订", "superseded"),
  /** Repealed (已废止). */
  REPEALED("已废止", "repealed");

  private final BilingualText name;

  CovenantStatus(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns whether a covenant with this status must have been adopted by a vote.
   *
   * @return true from {@link #ADOPTED} on, except {@link #REPEALED} (a draft may be abandoned)
   */
  public boolean impliesAdoption() {
    return this == ADOPTED || this == FILED || this == IN_FORCE || this == SUPERSEDED;
  }

  /**
   * Returns whether a covenant with this status must have been filed.
   *
   * @return true for {@link #FILED}, {@link #IN_FORCE} and {@link #SUPERSEDED}
   */
  public boolean impliesFiling() {
    return this == FILED || this == IN_FORCE || this == SUPERSEDED;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

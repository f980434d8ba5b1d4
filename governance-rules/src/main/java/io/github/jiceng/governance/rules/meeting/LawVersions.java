package io.github.jiceng.governance.rules.meeting;

import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.RuleContext;
import java.time.LocalDate;

/**
 * Which text of the organic laws applies on a date, and the number it gives (法律文本版本).
 *
 * <ul>
 *   <li>村民委员会组织法: the 2010 revision (amended 2018) from 2010-10-28; the 2025 amendment from 2026-01-01.
 *   <li>城市居民委员会组织法: the 1989 text (amended 2018) from 1990-01-01; the 2025 revision from 2026-01-01.
 * </ul>
 *
 * <p>Village meetings before 2010-10-28 are not judged: the 1998 text's numbers are not encoded.
 */
public final class LawVersions {
  /** The first day of the 2025 amended and revised texts: 2026-01-01. */
  public static final LocalDate REVISED_TEXTS = LocalDate.of(2026, 1, 1);
  /** The first day of the 2010 revision of the 村民委员会组织法: 2010-10-28. */
  public static final LocalDate VILLAGE_TEXT_2010 = LocalDate.of(2010, 10, 28);
  /** The first day of the 1989 城市居民委员会组织法: 1990-01-01. */
  public static final LocalDate RESIDENTS_TEXT_1989 = LocalDate.of(1990, 1, 1);

  private LawVersions() {
  }

  /**
   * Returns whether the revised texts apply on a date.
   *
   * @param date the date, not null
   * @return true on or after 2026-01-01
   */
  public static boolean isRevised(LocalDate date) {
    return !date.isBefore(REVISED_TEXTS);
  }

  /**
   * Returns whether the rules encode the law for a type of meeting on a date.
   *
   * @param type the meeting type, not null
   * @param date the date, not null
   * @return true from 2010-10-28 for village meetings and from 1990-01-01 for residents' meetings
   */
  public static boolean isCovered(MeetingType type, LocalDate date) {
    return !date.isBefore(type.isVillage() ? VILLAGE_TEXT_2010 : RESIDENTS_TEXT_1989);
  }

  /** The number on the context's date: the earlier text's before 2026, the parameter's from 2026. */
  static <T> Applied<T> apply(RuleContext context, Parameter<T> parameter, T earlierText) {
    return isRevised(context.evaluationDate())
        ? Applied.parameter(context.parameterValue(parameter))
        : Applied.statute(earlierText);
  }
}

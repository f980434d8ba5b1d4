package io.github.jiceng.governance.core.territory;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A territorial unit (行政区划单位): a division with a code, a name, a level, a stated parent and a period of validity.
 *
 * <p>The implementations are {@link District} (county level), {@link Township} (township level) and {@link Village}
 * (village level: a village 村 or a community 社区). A unit's {@link #code()} is always at its {@link #level()}.
 *
 * <p>Validity: a unit is in force from its {@link #established()} date (inclusive; since ever when empty) until its
 * {@link #abolished()} date (exclusive; for ever when empty). Villages merge and split, and a code may be reused
 * after a unit is abolished, so one code may have several non-overlapping versions.
 */
public sealed interface TerritorialUnit permits District, Township, Village {
  /**
   * Returns the unit's own division code, at the unit's level.
   *
   * @return the code, for example {@code 500154001000} for 汉丰街道
   */
  DivisionCode code();

  /**
   * Returns the unit's name as in the data, in Chinese.
   *
   * @return the name, for example {@code "汉丰街道"}; checked to be non-blank by the rules
   */
  @NotBlank
  String name();

  /**
   * Returns the unit's level, which is also the level of its {@link #code()}.
   *
   * @return the level
   */
  DivisionLevel level();

  /**
   * Returns the parent code the unit's record states, which rules compare with the parent of {@link #code()}.
   *
   * @return the stated parent code, or empty for a unit whose parent is outside this model (a district)
   */
  Optional<DivisionCode> parentCode();

  /**
   * Returns the first day the unit is in force.
   *
   * @return the date of establishment (inclusive), or empty if the unit is in force since before any date of interest
   */
  Optional<LocalDate> established();

  /**
   * Returns the first day the unit is no longer in force, after a merger, split or abolition.
   *
   * @return the date of abolition (exclusive), or empty if the unit is still in force
   */
  Optional<LocalDate> abolished();

  /**
   * Returns whether the unit is in force on a day: on or after {@link #established()} and before {@link
   * #abolished()}.
   *
   * @param date the day, not null
   * @return true if the unit exists on that day
   * @throws NullPointerException if {@code date} is null
   */
  default boolean isInForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return established().map(start -> !date.isBefore(start)).orElse(true)
        && abolished().map(date::isBefore).orElse(true);
  }
}

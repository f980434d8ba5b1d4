package io.github.jiceng.governance.core.linkage.volunteer;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered volunteer's star level (注册志愿者星级), derived from cumulative service hours: one to five stars at
 * 100, 300, 600, 1000 and 1500 hours (志愿服务记录办法, 民函〔2012〕340号). "达到" includes the bound: exactly 100 hours
 * is one star.
 *
 * <p>Whether the 2020 measures (民政部令第67号) kept these thresholds is unconfirmed; the Chongqing regulation (Art 35)
 * refers to "national standards". Rules therefore take the thresholds from pack parameters, with these as defaults:
 * {@link #forHours(BigDecimal, List)}.
 */
public enum StarLevel implements Displayable {
  /** 一星: 100 hours or more. */
  ONE(1, 100, "一星", "1 star"),
  /** 二星: 300 hours or more. */
  TWO(2, 300, "二星", "2 stars"),
  /** 三星: 600 hours or more. */
  THREE(3, 600, "三星", "3 stars"),
  /** 四星: 1000 hours or more. */
  FOUR(4, 1000, "四星", "4 stars"),
  /** 五星: 1500 hours or more. */
  FIVE(5, 1500, "五星", "5 stars");

  /** The default minimum hours of the five levels, in order: 100, 300, 600, 1000, 1500. */
  public static final List<Integer> DEFAULT_THRESHOLDS = List.of(100, 300, 600, 1000, 1500);

  private final int stars;
  private final int defaultMinimumHours;
  private final BilingualText name;

  StarLevel(int stars, int defaultMinimumHours, String chinese, String english) {
    this.stars = stars;
    this.defaultMinimumHours = defaultMinimumHours;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the number of stars.
   *
   * @return 1 to 5
   */
  public int stars() {
    return stars;
  }

  /**
   * Returns the default minimum cumulative hours of this level.
   *
   * @return 100, 300, 600, 1000 or 1500
   */
  public int defaultMinimumHours() {
    return defaultMinimumHours;
  }

  /**
   * Returns the star level for cumulative hours with the default thresholds.
   *
   * @param hours the cumulative service hours, not null
   * @return the highest level whose threshold the hours reach, or empty below 100 hours
   * @throws NullPointerException if {@code hours} is null
   */
  public static Optional<StarLevel> forHours(BigDecimal hours) {
    return forHours(hours, DEFAULT_THRESHOLDS);
  }

  /**
   * Returns the star level for cumulative hours with given thresholds.
   *
   * @param hours the cumulative service hours, not null
   * @param thresholds the minimum hours of the five levels, ascending, five values, not null
   * @return the highest level whose threshold the hours reach (hours ≥ threshold), or empty below the first
   * @throws IllegalArgumentException if there are not five ascending positive thresholds
   * @throws NullPointerException if an argument is null
   */
  public static Optional<StarLevel> forHours(BigDecimal hours, List<Integer> thresholds) {
    Objects.requireNonNull(hours, "hours");
    requireThresholds(thresholds);
    StarLevel result = null;
    for (StarLevel level : values()) {
      if (hours.compareTo(BigDecimal.valueOf(thresholds.get(level.ordinal()))) >= 0) {
        result = level;
      }
    }
    return Optional.ofNullable(result);
  }

  private static void requireThresholds(List<Integer> thresholds) {
    Objects.requireNonNull(thresholds, "thresholds");
    if (thresholds.size() != 5) {
      throw new IllegalArgumentException("expected 5 star-level thresholds, got " + thresholds);
    }
    int previous = 0;
    for (Integer threshold : thresholds) {
      if (threshold == null || threshold <= previous) {
        throw new IllegalArgumentException("expected 5 ascending positive star-level thresholds, got " + thresholds);
      }
      previous = threshold;
    }
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

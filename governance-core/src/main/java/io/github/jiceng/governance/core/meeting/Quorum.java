package io.github.jiceng.governance.core.meeting;

import java.util.Locale;
import java.util.Objects;

/**
 * A quorum calculation (法定人数计算): how many are eligible, how many are not counted, the base, the threshold, the
 * least attendance that meets it, and whether the attendance does. It explains its arithmetic in Chinese and English.
 *
 * <p>The named factories use the thresholds of the texts in force until 2025-12-31 (村委会法 Art 22, 26, 28; 居委会法
 * 1989 Art 10). The 2026 texts' numbers are not yet confirmed; for a meeting on or after 2026-01-01 use {@link
 * #of(Threshold, int, int, int)} with the threshold your rule pack gives, or the rules of {@code
 * io.github.jiceng.governance.rules.meeting}, which do that and mark provisional numbers.
 *
 * <pre>{@code
 * Quorum q = Quorum.villagersMeeting(100, 5, 48);
 * q.isMet();      // true: the base is 95, more than half of 95 is 48
 * q.required();   // 48
 * q.explain(Locale.SIMPLIFIED_CHINESE);
 * // 应到100人，不计入5人，计算基数95人；过半数即至少48人；实到48人（2 × 48 = 96 > 1 × 95 = 95），达到法定人数
 * }</pre>
 */
public final class Quorum {
  private final Threshold threshold;
  private final int eligible;
  private final int excluded;
  private final int attended;

  private Quorum(Threshold threshold, int eligible, int excluded, int attended) {
    this.threshold = Objects.requireNonNull(threshold, "threshold");
    if (eligible < 0 || excluded < 0 || attended < 0 || excluded > eligible) {
      throw new IllegalArgumentException("a quorum needs 0 or more eligible, 0 or more attending and between 0 and the"
          + " eligible number not counted, but got eligible " + eligible + ", not counted " + excluded + ", attended "
          + attended);
    }
    this.eligible = eligible;
    this.excluded = excluded;
    this.attended = attended;
  }

  /**
   * Returns a quorum calculation for any threshold.
   *
   * @param threshold the threshold, not null
   * @param eligible how many are eligible (应到), 0 or more
   * @param excluded how many of them are not counted in the base, 0 to {@code eligible}
   * @param attended how many attended (实到), 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is out of range
   */
  public static Quorum of(Threshold threshold, int eligible, int excluded, int attended) {
    return new Quorum(threshold, eligible, excluded, attended);
  }

  /**
   * Returns the quorum of a villagers' meeting counted by villagers aged 18 or over: more than half (村委会法 Art 22),
   * with people not counted as in 重庆 渝办法 第七条.
   *
   * @param eligible villagers aged 18 or over, 0 or more
   * @param excluded of them, not counted (unreachable, unable to return, ...), 0 to {@code eligible}
   * @param attended villagers attending, 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is out of range
   */
  public static Quorum villagersMeeting(int eligible, int excluded, int attended) {
    return of(Threshold.MAJORITY, eligible, excluded, attended);
  }

  /**
   * Returns the quorum of a villagers' meeting counted by households: two-thirds or more of the households'
   * representatives (村委会法 Art 22).
   *
   * @param households households, 0 or more
   * @param attendingHouseholds households represented, 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is negative
   */
  public static Quorum villagersMeetingByHouseholds(int households, int attendingHouseholds) {
    return of(Threshold.TWO_THIRDS, households, 0, attendingHouseholds);
  }

  /**
   * Returns the quorum of a villagers' representative meeting: two-thirds or more of its members (村委会法 Art 26).
   *
   * @param members members (representatives and committee members), 0 or more
   * @param attended members attending, 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is negative
   */
  public static Quorum villagerRepresentativeMeeting(int members, int attended) {
    return of(Threshold.TWO_THIRDS, members, 0, attended);
  }

  /**
   * Returns the quorum of a villager group meeting: two-thirds or more of the group's adults or households (村委会法
   * Art 28).
   *
   * @param eligible adults or households of the group, 0 or more
   * @param attended those attending, 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is negative
   */
  public static Quorum villagerGroupMeeting(int eligible, int attended) {
    return of(Threshold.TWO_THIRDS, eligible, 0, attended);
  }

  /**
   * Returns the quorum of a residents' meeting: more than half of the adults, households or group representatives
   * (居委会法 1989 Art 10).
   *
   * @param eligible adults, households or group representatives, 0 or more
   * @param attended those attending, 0 or more
   * @return the calculation
   * @throws IllegalArgumentException if a number is negative
   */
  public static Quorum residentsMeeting(int eligible, int attended) {
    return of(Threshold.MAJORITY, eligible, 0, attended);
  }

  /**
   * Returns the threshold.
   *
   * @return the threshold
   */
  public Threshold threshold() {
    return threshold;
  }

  /**
   * Returns how many are eligible (应到).
   *
   * @return 0 or more
   */
  public int eligible() {
    return eligible;
  }

  /**
   * Returns how many of the eligible are not counted in the base.
   *
   * @return 0 to {@link #eligible()}
   */
  public int excluded() {
    return excluded;
  }

  /**
   * Returns the base the threshold applies to: eligible minus not counted.
   *
   * @return 0 or more
   */
  public int base() {
    return eligible - excluded;
  }

  /**
   * Returns how many attended (实到).
   *
   * @return 0 or more
   */
  public int attended() {
    return attended;
  }

  /**
   * Returns the least attendance that meets the threshold.
   *
   * @return for example 51 for more than half of 100, 67 for two-thirds or more of 100
   */
  public long required() {
    return threshold.minimum(base());
  }

  /**
   * Returns how many more would have had to attend.
   *
   * @return 0 if the quorum is met
   */
  public long shortfall() {
    return Math.max(0, required() - attended);
  }

  /**
   * Returns whether the attendance meets the threshold of the base.
   *
   * @return true if quorate
   */
  public boolean isMet() {
    return threshold.isMet(attended, base());
  }

  /**
   * Explains the calculation in a locale's language (Chinese for Chinese locales, English otherwise).
   *
   * @param locale the locale, not null
   * @return the explanation, with the integer comparison
   */
  public String explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    String arithmetic = threshold.arithmetic(attended, base());
    if (Locale.CHINESE.getLanguage().equals(locale.getLanguage())) {
      return "应到" + eligible + "人，"
          + (excluded > 0 ? "不计入" + excluded + "人，计算基数" + base() + "人；" : "")
          + threshold.describe(locale) + "即至少" + required() + "人；实到" + attended + "人（" + arithmetic + "），"
          + (isMet() ? "达到法定人数" : "未达到法定人数，差" + shortfall() + "人");
    }
    return "eligible " + eligible
        + (excluded > 0 ? ", " + excluded + " not counted, base " + base() : "")
        + "; " + threshold.describe(locale) + " means at least " + required() + "; attended " + attended
        + " (" + arithmetic + "): " + (isMet() ? "quorum met" : "quorum not met, " + shortfall() + " short");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Quorum)) {
      return false;
    }
    Quorum that = (Quorum) other;
    return threshold.equals(that.threshold) && eligible == that.eligible && excluded == that.excluded
        && attended == that.attended;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, eligible, excluded, attended);
  }

  /** Returns the English {@link #explain(Locale) explanation}. */
  @Override
  public String toString() {
    return explain(Locale.ENGLISH);
  }
}

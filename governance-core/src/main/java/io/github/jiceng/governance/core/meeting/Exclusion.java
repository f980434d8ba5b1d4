package io.github.jiceng.governance.core.meeting;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * A number of villagers left out of a meeting's eligible base for one reason (不计入基数的人员), such as "3 away and
 * unreachable". The record keeps counts, not names: the committee reports the people and their contacts at the meeting
 * (渝办法 第七条), while the quorum needs only the numbers.
 *
 * <pre>{@code
 * Exclusion.of(ExclusionReason.UNREACHABLE, 3)
 * }</pre>
 */
@Value.Immutable
public abstract class Exclusion {
  Exclusion() {
  }

  /**
   * Returns an exclusion.
   *
   * @param reason why the people are not counted, not null
   * @param count how many people, 1 or more
   * @return the exclusion
   * @throws IllegalArgumentException if the count is less than 1
   */
  public static Exclusion of(ExclusionReason reason, int count) {
    Objects.requireNonNull(reason, "reason");
    return new ImmutableExclusion.Builder().reason(reason).count(count).build();
  }

  /**
   * Returns why the people are not counted.
   *
   * @return the reason
   */
  public abstract ExclusionReason reason();

  /**
   * Returns how many people are not counted for this reason.
   *
   * @return 1 or more
   */
  public abstract int count();

  @Value.Check
  void check() {
    if (count() < 1) {
      throw new IllegalArgumentException("an exclusion for " + reason() + " must count 1 or more people, but counts "
          + count());
    }
  }

  /** Returns for example {@code "3 UNREACHABLE"}. */
  @Override
  public String toString() {
    return count() + " " + reason();
  }
}

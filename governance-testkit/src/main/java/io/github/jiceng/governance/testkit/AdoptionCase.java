package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.meeting.Meeting;
import java.util.List;
import java.util.Objects;

/**
 * A generated covenant with the meeting that adopted it (公约及其表决会议), to validate together so that cross-record
 * rules can find the meeting.
 */
public final class AdoptionCase {
  private final Covenant covenant;
  private final Meeting meeting;

  private AdoptionCase(Covenant covenant, Meeting meeting) {
    this.covenant = Objects.requireNonNull(covenant, "covenant");
    this.meeting = Objects.requireNonNull(meeting, "meeting");
  }

  /**
   * Returns a case.
   *
   * @param covenant the covenant, not null
   * @param meeting the meeting, not null
   * @return the case
   */
  public static AdoptionCase of(Covenant covenant, Meeting meeting) {
    return new AdoptionCase(covenant, meeting);
  }

  /**
   * Returns the covenant.
   *
   * @return the covenant
   */
  public Covenant covenant() {
    return covenant;
  }

  /**
   * Returns the meeting that voted on it.
   *
   * @return the meeting
   */
  public Meeting meeting() {
    return meeting;
  }

  /**
   * Returns both records, covenant first.
   *
   * @return an immutable list
   */
  public List<Object> records() {
    return List.of(covenant, meeting);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdoptionCase && covenant.equals(((AdoptionCase) other).covenant)
        && meeting.equals(((AdoptionCase) other).meeting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(covenant, meeting);
  }

  /** Returns the covenant and the meeting. */
  @Override
  public String toString() {
    return "AdoptionCase[" + covenant + ", " + meeting + "]";
  }
}

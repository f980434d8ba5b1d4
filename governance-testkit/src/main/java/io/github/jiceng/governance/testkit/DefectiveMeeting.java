package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.meeting.Meeting;
import java.util.Objects;

/**
 * A generated meeting with exactly one deliberate defect (有缺陷的会议记录), and a description of it.
 */
public final class DefectiveMeeting {
  private final Meeting meeting;
  private final MeetingDefect defect;
  private final String description;

  private DefectiveMeeting(Meeting meeting, MeetingDefect defect, String description) {
    this.meeting = Objects.requireNonNull(meeting, "meeting");
    this.defect = Objects.requireNonNull(defect, "defect");
    this.description = Objects.requireNonNull(description, "description");
  }

  /**
   * Returns a defective meeting.
   *
   * @param meeting the meeting, not null
   * @param defect its defect, not null
   * @param description what is wrong, naming the meeting's id, not null
   * @return the defective meeting
   */
  public static DefectiveMeeting of(Meeting meeting, MeetingDefect defect, String description) {
    return new DefectiveMeeting(meeting, defect, description);
  }

  /**
   * Returns the meeting.
   *
   * @return the meeting
   */
  public Meeting meeting() {
    return meeting;
  }

  /**
   * Returns the defect.
   *
   * @return the defect
   */
  public MeetingDefect defect() {
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
    return other instanceof DefectiveMeeting && meeting.equals(((DefectiveMeeting) other).meeting)
        && defect == ((DefectiveMeeting) other).defect && description.equals(((DefectiveMeeting) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meeting, defect, description);
  }

  /** Returns the defect and the description. */
  @Override
  public String toString() {
    return "DefectiveMeeting[" + defect + ": " + description + "]";
  }
}

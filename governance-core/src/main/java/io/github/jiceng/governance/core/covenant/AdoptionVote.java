package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.meeting.MeetingType;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The deliberation and vote on a covenant (审议表决): the meeting that voted (by id, with its type and date, so that the
 * record can be judged alone and checked against the {@link io.github.jiceng.governance.core.meeting.Meeting} record
 * when it is available) and whether the covenant was adopted.
 *
 * <pre>{@code
 * AdoptionVote.of(LocalDate.of(2024, 3, 20), "DX-2024-03", MeetingType.VILLAGERS_MEETING, true)
 * }</pre>
 */
@Value.Immutable
public abstract class AdoptionVote {
  AdoptionVote() {
  }

  /**
   * Returns a vote without evidence.
   *
   * @param date the day of the meeting, not null
   * @param meetingId the id of the meeting record, not null
   * @param meetingType the type of meeting that voted, not null
   * @param adopted whether the covenant was adopted
   * @return the vote
   */
  public static AdoptionVote of(LocalDate date, String meetingId, MeetingType meetingType, boolean adopted) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(meetingId, "meetingId");
    Objects.requireNonNull(meetingType, "meetingType");
    return new ImmutableAdoptionVote.Builder().date(date).meetingId(meetingId).meetingType(meetingType)
        .adopted(adopted).build();
  }

  /**
   * Returns the day of the meeting that voted.
   *
   * @return the date, whose law judges the adoption
   */
  public abstract LocalDate date();

  /**
   * Returns the id of the meeting record.
   *
   * @return the meeting's id
   */
  @NotBlank
  public abstract String meetingId();

  /**
   * Returns the type of meeting that voted.
   *
   * @return the type
   */
  public abstract MeetingType meetingType();

  /**
   * Returns whether the covenant was adopted.
   *
   * @return true if adopted
   */
  public abstract boolean adopted();

  /**
   * Returns the evidence, such as the minutes.
   *
   * @return descriptions or references, possibly none
   */
  public abstract List<String> evidence();

  /** Returns for example {@code "AdoptionVote[2024-03-20 VILLAGERS_MEETING DX-2024-03, adopted]"}. */
  @Override
  public String toString() {
    return "AdoptionVote[" + date() + " " + meetingType() + " " + meetingId() + (adopted() ? ", adopted" : ", rejected")
        + "]";
  }
}

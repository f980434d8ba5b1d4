package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.meeting.Exclusion;
import io.github.jiceng.governance.core.meeting.ExclusionReason;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of self-governance meetings (会议记录): valid ones, and ones with exactly one deliberate {@link
 * MeetingDefect}, dated in a range so that tests can judge them under the law before and after 2026-01-01.
 *
 * <p>A valid meeting has a type and base the law allows, a Kaizhou village or community code, attendance at or above
 * the quorum of the earlier texts (which the 2026 defaults carry over), ten or more days' notice for a villagers'
 * meeting and three or more for a villagers' representative meeting (Chongqing), women attending, and one to three
 * resolutions whose tallies reconcile, with at least the decision threshold of votes for each one declared adopted.
 * About one villagers', villagers' representative or residents' meeting in three was requested (提议召集) by at least the
 * share the earlier texts name, up to 15 days ahead. It has no exclusions, so it is valid under the national and the Chongqing packs. About one time in three a number sits
 * exactly on its boundary.
 *
 * <pre>{@code
 * List<Meeting> meetings = MeetingGenerators.valid(LocalDate.of(2019, 1, 1), LocalDate.of(2028, 1, 1)).sample(42L, 20);
 * DefectiveMeeting late = MeetingGenerators.defective(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
 *     MeetingDefect.NOTICE_TOO_SHORT).sample(7L, 1).get(0);
 * }</pre>
 */
public final class MeetingGenerators {
  private MeetingGenerators() {
  }

  /**
   * Returns a generator of valid meetings dated in {@code [from, until)}.
   *
   * @param from the first possible date, on or after 2010-10-28 for the rules to judge village meetings
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<Meeting> valid(LocalDate from, LocalDate until) {
    long days = days(from, until);
    return random -> {
      MeetingPlan plan = plan(random, from, days, MeetingType.values()[random.nextInt(MeetingType.values().length)]);
      if (MeetingPlan.requisitionJudged(plan.type) && random.nextInt(3) == 0) {
        plan.requisition(random, false);
      }
      return plan.build();
    };
  }

  /**
   * Returns a generator of meetings dated in {@code [from, until)} with exactly one defect of a kind.
   *
   * @param from the first possible date
   * @param until the first date after the range
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveMeeting> defective(LocalDate from, LocalDate until, MeetingDefect defect) {
    Objects.requireNonNull(defect, "defect");
    long days = days(from, until);
    return random -> plant(random, from, days, defect);
  }

  /**
   * Returns a generator of meetings dated in {@code [from, until)} with exactly one defect of any kind.
   *
   * @param from the first possible date
   * @param until the first date after the range
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveMeeting> defective(LocalDate from, LocalDate until) {
    long days = days(from, until);
    return random -> plant(random, from, days, MeetingDefect.values()[random.nextInt(MeetingDefect.values().length)]);
  }

  static long days(LocalDate from, LocalDate until) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    long days = ChronoUnit.DAYS.between(from, until);
    if (days < 1) {
      throw new IllegalArgumentException("the date range [" + from + ", " + until + ") is empty");
    }
    return days;
  }

  private static MeetingPlan plan(SplittableRandom random, LocalDate from, long days, MeetingType type) {
    LocalDate date = from.plusDays(random.nextLong(days));
    return MeetingPlan.valid(random, "M-" + Long.toString(random.nextLong() & 0xffffffL, 36), type, date);
  }

  private static DefectiveMeeting plant(SplittableRandom random, LocalDate from, long days, MeetingDefect defect) {
    MeetingType[] judged = {MeetingType.VILLAGERS_MEETING, MeetingType.VILLAGER_REPRESENTATIVE_MEETING,
        MeetingType.VILLAGER_GROUP_MEETING, MeetingType.RESIDENTS_MEETING};
    MeetingType type = defect == MeetingDefect.NOTICE_TOO_SHORT || defect == MeetingDefect.NOTICE_DATE_MISSING
        ? MeetingType.VILLAGERS_MEETING : judged[random.nextInt(judged.length)];
    if (defect == MeetingDefect.REQUISITION_BELOW_THRESHOLD && !MeetingPlan.requisitionJudged(type)) {
      type = MeetingType.VILLAGERS_MEETING;
    }
    MeetingPlan plan = plan(random, from, days, type);
    String description;
    switch (defect) {
      case QUORUM_NOT_MET:
        plan.attended = (int) MeetingPlan.quorum(plan.type, plan.base).minimum(plan.eligible) - 1;
        plan.women = 1 + random.nextInt(plan.attended);
        plan.redrawResolutions(random);
        description = "attendance " + plan.attended + " of " + plan.eligible + " is one short of the quorum";
        break;
      case DECISION_NOT_PASSED:
        MeetingPlan.ResolutionPlan r = plan.resolutions.get(0);
        int minimum = (int) MeetingPlan.decision(plan.type).minimum(plan.attended);
        r.against += r.inFavour - (minimum - 1);
        r.inFavour = minimum - 1;
        description = "resolution 1 declared adopted with " + r.inFavour + " of " + plan.attended + " present";
        break;
      case NOTICE_TOO_SHORT:
        plan.noticeDate = plan.date.minusDays(9);
        description = "villagers' meeting on " + plan.date + " announced on " + plan.noticeDate;
        break;
      case NOTICE_DATE_MISSING:
        plan.noticeDate = null;
        description = "villagers' meeting on " + plan.date + " without a notice date";
        break;
      case WOMEN_EXCEED_ATTENDANCE:
        plan.women = plan.attended + 1;
        description = plan.women + " women attending of " + plan.attended;
        break;
      case BALLOTS_NOT_RECONCILED:
        MeetingPlan.ResolutionPlan ballot = plan.resolutions.get(0);
        if (ballot.inPerson == null) {
          ballot.otherMeans = 0;
          ballot.inPerson = ballot.inFavour + ballot.against + ballot.abstentions;
        }
        ballot.inPerson = ballot.inPerson + 1 <= plan.attended ? ballot.inPerson + 1 : ballot.inPerson - 1;
        description = "resolution 1: ballots cast differ by one from ballots accounted for";
        break;
      case VOTES_EXCEED_ATTENDANCE:
        MeetingPlan.ResolutionPlan hands = plan.resolutions.get(0);
        hands.inPerson = null;
        hands.otherMeans = 0;
        hands.blank = 0;
        hands.spoiled = 0;
        hands.against = plan.attended + 1 - hands.inFavour - hands.abstentions;
        description = "resolution 1: " + (plan.attended + 1) + " votes by show of hands, " + plan.attended
            + " attended";
        break;
      case REQUISITION_BELOW_THRESHOLD:
        plan.requisition(random, true);
        description = "requested by " + plan.requisition.requesters() + " of " + plan.requisition.outOf() + " "
            + plan.requisition.by() + ", one short of the share";
        break;
      default:
        int excluded = 1 + random.nextInt(Math.min(5, plan.eligible));
        plan.exclusions.add(Exclusion.of(ExclusionReason.values()[random.nextInt(ExclusionReason.values().length)],
            excluded));
        description = excluded + " people recorded as not counted in the base";
        break;
    }
    return DefectiveMeeting.of(plan.build(), defect, "meeting " + plan.id + " (" + plan.type + ", " + plan.date + "): "
        + description);
  }
}

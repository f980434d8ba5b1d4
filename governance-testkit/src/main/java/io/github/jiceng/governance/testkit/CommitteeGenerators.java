package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.meeting.Committee;
import io.github.jiceng.governance.core.meeting.CommitteeKind;
import io.github.jiceng.governance.core.meeting.ImmutableCommittee;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.meeting.Threshold;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of committees (村（居）民委员会) and representative-meeting compositions (村（居）民代表会议组成):
 * valid ones, and ones with exactly one deliberate {@link CommitteeDefect}, with terms starting in a range so that
 * tests can judge them under the law before and after 2026-01-01.
 *
 * <p>A valid committee has 3 to 7 members (villagers') or 5 to 9 (residents'), at least one woman, a minority member
 * when the village is multi-ethnic (about one time in five), and a term of at most five years or no recorded end. A
 * valid villagers' representative meeting has representatives four-fifths or more and women one-third or more of its
 * 20 to 80 members; a residents' one is not judged by the rules and has the same shape. About one time in three a
 * number sits exactly on its boundary (a term ends on its fifth anniversary).
 *
 * <pre>{@code
 * List<Committee> committees = CommitteeGenerators.committees(LocalDate.of(2019, 1, 1), LocalDate.of(2028, 1, 1))
 *     .sample(42L, 20);
 * DefectiveRecord<CommitteeDefect> small = CommitteeGenerators.defective(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
 *     CommitteeDefect.SIZE_TOO_SMALL).sample(7L, 1).get(0);   // -> meeting.committee.size-out-of-range-provisional
 * }</pre>
 */
public final class CommitteeGenerators {
  private CommitteeGenerators() {
  }

  /**
   * Returns a generator of valid committees whose terms start in {@code [from, until)}.
   *
   * @param from the first possible term start
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<Committee> committees(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> {
      CommitteeKind kind = CommitteeKind.values()[random.nextInt(CommitteeKind.values().length)];
      return committee(random, kind, from.plusDays(random.nextLong(days)), 0).build();
    };
  }

  /**
   * Returns a generator of valid representative-meeting compositions whose terms start in {@code [from, until)}.
   *
   * @param from the first possible term start
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<RepresentativeAssembly> assemblies(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> {
      MeetingType type = random.nextInt(4) == 0 ? MeetingType.RESIDENT_REPRESENTATIVE_MEETING
          : MeetingType.VILLAGER_REPRESENTATIVE_MEETING;
      return assembly(random, type, from.plusDays(random.nextLong(days)), null);
    };
  }

  /**
   * Returns a generator of committees or compositions with exactly one defect of a kind, with terms starting in
   * {@code [from, until)}; for {@link CommitteeDefect#TERM_TOO_LONG}, in {@code [max(from, 2018-12-29), until)}.
   *
   * @param from the first possible term start
   * @param until the first date after the range
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the range is empty, or for {@code TERM_TOO_LONG} ends by 2018-12-29
   */
  public static Generator<DefectiveRecord<CommitteeDefect>> defective(LocalDate from, LocalDate until,
      CommitteeDefect defect) {
    Objects.requireNonNull(defect, "defect");
    MeetingGenerators.days(from, until);
    if (defect == CommitteeDefect.TERM_TOO_LONG && !until.isAfter(CommitteeDefect.TERM_JUDGED_FROM)) {
      throw new IllegalArgumentException("a term defect needs a range reaching past "
          + CommitteeDefect.TERM_JUDGED_FROM + ", when terms are first judged, but the range ends on " + until);
    }
    return random -> plant(random, from, until, defect);
  }

  /**
   * Returns a generator of committees or compositions with exactly one defect of any kind, with terms starting in
   * {@code [from, until)}; the term defect is drawn only when the range reaches past 2018-12-29.
   *
   * @param from the first possible term start
   * @param until the first date after the range
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveRecord<CommitteeDefect>> defective(LocalDate from, LocalDate until) {
    MeetingGenerators.days(from, until);
    boolean terms = until.isAfter(CommitteeDefect.TERM_JUDGED_FROM);
    return random -> {
      CommitteeDefect defect;
      do {
        defect = CommitteeDefect.values()[random.nextInt(CommitteeDefect.values().length)];
      } while (defect == CommitteeDefect.TERM_TOO_LONG && !terms);
      return plant(random, from, until, defect);
    };
  }

  /** A valid committee, or one of {@code size} members when {@code size} is positive. */
  private static ImmutableCommittee.Builder committee(SplittableRandom random, CommitteeKind kind, LocalDate start,
      int size) {
    boolean village = kind == CommitteeKind.VILLAGERS_COMMITTEE;
    int minimum = village ? 3 : 5;
    int drawn = random.nextInt(3) == 0 ? (random.nextBoolean() ? minimum : minimum + 4)
        : minimum + random.nextInt(5);
    int members = size > 0 ? size : drawn;
    boolean multiEthnic = village && random.nextInt(5) == 0;
    ImmutableCommittee.Builder builder = Committee.builder()
        .id((village ? "CWH-" : "JWH-") + Long.toString(random.nextLong() & 0xffffffL, 36)).kind(kind)
        .unit(MeetingPlan.unitFor(village, random)).termStart(start).members(members)
        .womenMembers(1 + random.nextInt(Math.min(members, 3))).multiEthnic(multiEthnic)
        .minorityMembers(multiEthnic ? 1 + random.nextInt(2) : 0);
    if (random.nextInt(4) != 0) {
      builder.termEnd(start.plusYears(5).minusDays(MeetingPlan.slack(random, 60)));
    }
    return builder;
  }

  private static RepresentativeAssembly assembly(SplittableRandom random, MeetingType type, LocalDate start,
      CommitteeDefect defect) {
    int members = 20 + random.nextInt(61);
    int representatives = (int) Threshold.FOUR_FIFTHS.minimum(members);
    int women = (int) Threshold.ONE_THIRD.minimum(members);
    if (defect == CommitteeDefect.REPRESENTATIVES_TOO_FEW) {
      representatives--;
    } else {
      representatives += MeetingPlan.slack(random, members - representatives);
    }
    if (defect == CommitteeDefect.WOMEN_TOO_FEW) {
      women--;
    } else {
      women += MeetingPlan.slack(random, members - women);
    }
    return RepresentativeAssembly.builder().id("DBH-" + Long.toString(random.nextLong() & 0xffffffL, 36)).type(type)
        .unit(MeetingPlan.unitFor(type.isVillage(), random)).termStart(start).members(members)
        .representatives(representatives).women(women).build();
  }

  private static DefectiveRecord<CommitteeDefect> plant(SplittableRandom random, LocalDate from, LocalDate until,
      CommitteeDefect defect) {
    LocalDate first = defect == CommitteeDefect.TERM_TOO_LONG && from.isBefore(CommitteeDefect.TERM_JUDGED_FROM)
        ? CommitteeDefect.TERM_JUDGED_FROM : from;
    LocalDate start = first.plusDays(random.nextLong(MeetingGenerators.days(first, until)));
    if (defect == CommitteeDefect.REPRESENTATIVES_TOO_FEW || defect == CommitteeDefect.WOMEN_TOO_FEW) {
      RepresentativeAssembly a = assembly(random, MeetingType.VILLAGER_REPRESENTATIVE_MEETING, start, defect);
      return DefectiveRecord.of(a, defect, a.id(), "representative assembly " + a.id() + " (" + start
          + "): " + a.representatives() + " representatives and " + a.women() + " women of " + a.members()
          + " members");
    }
    boolean villageOnly = defect == CommitteeDefect.WOMAN_MEMBER_MISSING
        || defect == CommitteeDefect.MINORITY_MEMBER_MISSING
        || (defect == CommitteeDefect.TERM_TOO_LONG && start.isBefore(LocalDate.of(2026, 1, 1)));
    CommitteeKind kind = villageOnly || random.nextBoolean() ? CommitteeKind.VILLAGERS_COMMITTEE
        : CommitteeKind.RESIDENTS_COMMITTEE;
    boolean village = kind == CommitteeKind.VILLAGERS_COMMITTEE;
    int size = defect == CommitteeDefect.SIZE_TOO_SMALL ? (village ? 2 : 4)
        : defect == CommitteeDefect.SIZE_TOO_LARGE ? (village ? 8 : 10) : 0;
    Committee valid = committee(random, kind, start, size).build();
    Committee planted;
    switch (defect) {
      case SIZE_TOO_SMALL:
      case SIZE_TOO_LARGE:
        planted = valid;
        break;
      case WOMAN_MEMBER_MISSING:
        planted = ImmutableCommittee.copyOf(valid).withWomenMembers(0);
        break;
      case MINORITY_MEMBER_MISSING:
        planted = ImmutableCommittee.copyOf(valid).withMultiEthnic(true).withMinorityMembers(0);
        break;
      default:
        planted = ImmutableCommittee.copyOf(valid).withTermEnd(start.plusYears(5).plusDays(1));
        break;
    }
    return DefectiveRecord.of(planted, defect, planted.id(), "committee " + planted.id() + " (" + kind
        + ", " + start + "): " + planted.members() + " members, " + planted.womenMembers() + " women, "
        + (planted.multiEthnic() ? planted.minorityMembers() + " minority, " : "")
        + planted.termEnd().map(end -> "term to " + end).orElse("no term end"));
  }
}

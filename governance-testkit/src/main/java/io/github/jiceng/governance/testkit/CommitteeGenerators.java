package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.ImmutableCommunityCommittee;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.meeting.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of villagers' and residents' committees (村（居）民委员会, {@link CommunityCommittee} records of
 * kind {@link CommitteeKind#VILLAGERS_COMMITTEE} or {@link CommitteeKind#RESIDENTS_COMMITTEE}) and representative-meeting
 * compositions (村（居）民代表会议组成): valid ones, and ones with exactly one deliberate {@link CommitteeDefect}, with
 * terms starting in a range so that tests can judge them under the law before and after 2026-01-01.
 *
 * <p>A valid committee lists 3 to 7 members (villagers') or 5 to 9 (residents'), a chair, a vice-chair and members, at
 * least one woman, a minority member when the village is multi-ethnic (about one villagers' committee in five), and a
 * term of at most five years or no recorded end. A valid villagers' representative meeting has representatives
 * four-fifths or more and women one-third or more of its 20 to 80 members; a residents' one is not judged by the rules
 * and has the same shape. About one time in three a number sits exactly on its boundary (a term ends on its fifth
 * anniversary).
 *
 * <pre>{@code
 * List<CommunityCommittee> committees = CommitteeGenerators.committees(LocalDate.of(2019, 1, 1),
 *     LocalDate.of(2028, 1, 1)).sample(42L, 20);
 * DefectiveRecord<CommitteeDefect> small = CommitteeGenerators.defective(LocalDate.of(2026, 1, 1),
 *     LocalDate.of(2027, 1, 1), CommitteeDefect.SIZE_TOO_SMALL).sample(7L, 1).get(0);
 *     // -> meeting.committee.size-out-of-range-provisional
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
  public static Generator<CommunityCommittee> committees(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> {
      CommitteeKind kind = random.nextBoolean() ? CommitteeKind.VILLAGERS_COMMITTEE : CommitteeKind.RESIDENTS_COMMITTEE;
      return committee(random, kind, from.plusDays(random.nextLong(days)), 0);
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
  private static CommunityCommittee committee(SplittableRandom random, CommitteeKind kind, LocalDate start, int size) {
    boolean village = kind == CommitteeKind.VILLAGERS_COMMITTEE;
    int minimum = village ? 3 : 5;
    int drawn = random.nextInt(3) == 0 ? (random.nextBoolean() ? minimum : minimum + 4)
        : minimum + random.nextInt(5);
    int members = size > 0 ? size : drawn;
    boolean multiEthnic = village && random.nextInt(5) == 0;
    int women = 1 + random.nextInt(Math.min(members, 3));
    int minority = multiEthnic ? 1 + random.nextInt(Math.min(members, 2)) : 0;
    DivisionCode unit = MeetingPlan.unitFor(village, random);
    ImmutableCommunityCommittee.Builder builder = CommunityCommittee.builder()
        .id((village ? "CWH-" : "JWH-") + Long.toString(random.nextLong() & 0xffffffL, 36)).kind(kind)
        .name(new PlaceNames(random).next(village ? "村民委员会" : "社区居民委员会"))
        .villageCode(unit).termStart(start).multiEthnic(multiEthnic)
        .addAllMembers(members(random, members, women, minority));
    if (random.nextInt(4) != 0) {
      builder.termEnd(start.plusYears(5).minusDays(MeetingPlan.slack(random, 60)));
    }
    return builder.build();
  }

  /** {@code size} members: a chair, a vice-chair, then members; {@code women} women and {@code minority} minority. */
  private static List<CommitteeMember> members(SplittableRandom random, int size, int women, int minority) {
    List<Integer> womenAt = positions(random, size, women);
    List<Integer> minorityAt = positions(random, size, minority);
    List<CommitteeMember> members = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      CommitteeRole role = i == 0 ? CommitteeRole.CHAIR : i == 1 ? CommitteeRole.VICE_CHAIR : CommitteeRole.MEMBER;
      members.add(ImmutableCommitteeMember.copyOf(CommitteeMember.of(SamplePeople.name(random), role,
          womenAt.contains(i) ? Sex.FEMALE : Sex.MALE)).withEthnicMinority(minorityAt.contains(i)));
    }
    return members;
  }

  /** {@code count} distinct positions in {@code [0, size)}, drawn at random (a partial Fisher-Yates shuffle). */
  private static List<Integer> positions(SplittableRandom random, int size, int count) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    int n = Math.min(count, size);
    for (int i = 0; i < n; i++) {
      Collections.swap(order, i, i + random.nextInt(size - i));
    }
    return List.copyOf(order.subList(0, n));
  }

  /**
   * Plants a committee defect in a valid committee: one member fewer than the least size or one more than the
   * greatest, no woman, multi-ethnic without a minority member, or a term one day longer than five years.
   */
  static CommunityCommittee plant(CommunityCommittee valid, CommitteeDefect defect, SplittableRandom random) {
    boolean village = valid.kind() == CommitteeKind.VILLAGERS_COMMITTEE;
    switch (defect) {
      case SIZE_TOO_SMALL:
      case SIZE_TOO_LARGE:
        int size = defect == CommitteeDefect.SIZE_TOO_SMALL ? (village ? 2 : 4) : (village ? 8 : 10);
        return ImmutableCommunityCommittee.copyOf(valid).withMembers(members(random, size,
            Math.max(1, Math.min(valid.womenCount(), size)), valid.multiEthnic() ? 1 : 0));
      case WOMAN_MEMBER_MISSING:
        List<CommitteeMember> men = new ArrayList<>();
        valid.members().forEach(m -> men.add(ImmutableCommitteeMember.copyOf(m).withSex(Sex.MALE)));
        return ImmutableCommunityCommittee.copyOf(valid).withMembers(men);
      case MINORITY_MEMBER_MISSING:
        List<CommitteeMember> majority = new ArrayList<>();
        valid.members().forEach(m -> majority.add(ImmutableCommitteeMember.copyOf(m).withEthnicMinority(false)));
        return ImmutableCommunityCommittee.copyOf(valid).withMultiEthnic(true).withMembers(majority);
      case TERM_TOO_LONG:
        return ImmutableCommunityCommittee.copyOf(valid).withTermEnd(valid.termStart().plusYears(5).plusDays(1));
      default:
        throw new IllegalArgumentException(defect + " is a defect of a representative assembly, not of a committee");
    }
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
    CommunityCommittee planted = plant(committee(random, kind, start, 0), defect, random);
    return DefectiveRecord.of(planted, defect, planted.id(), "committee " + planted.id() + " (" + kind
        + ", " + start + "): " + planted.size() + " members, " + planted.womenCount() + " women, "
        + (planted.multiEthnic() ? planted.minorityCount() + " minority, " : "")
        + planted.termEnd().map(end -> "term to " + end).orElse("no term end"));
  }
}

package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.meeting.Convener;
import io.github.jiceng.governance.core.meeting.Exclusion;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.ImmutableResolution;
import io.github.jiceng.governance.core.meeting.ImmutableTally;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.MeetingType;
import io.github.jiceng.governance.core.meeting.QuorumBase;
import io.github.jiceng.governance.core.meeting.Requesters;
import io.github.jiceng.governance.core.meeting.Requisition;
import io.github.jiceng.governance.core.meeting.Threshold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A mutable plan of a meeting that the generators fill in, plant a defect into and then build. Valid plans meet the
 * earlier texts' thresholds, which are also the provisional 2026 defaults.
 */
final class MeetingPlan {
  /** A planned resolution. */
  static final class ResolutionPlan {
    int number;
    String matter;
    String covenantId;
    int inFavour;
    int against;
    int abstentions;
    int blank;
    int spoiled;
    Integer inPerson;
    int otherMeans;
    boolean declaredAdopted;

    ImmutableResolution build() {
      ImmutableTally.Builder tally = new ImmutableTally.Builder().inFavour(inFavour).against(against)
          .abstentions(abstentions).blank(blank).spoiled(spoiled).ballotsByOtherMeans(otherMeans);
      if (inPerson != null) {
        tally.ballotsInPerson(inPerson);
      }
      ImmutableResolution.Builder builder = new ImmutableResolution.Builder().number(number).matter(matter)
          .tally(tally.build()).declaredAdopted(declaredAdopted);
      if (covenantId != null) {
        builder.covenantId(covenantId);
      }
      return builder.build();
    }
  }

  private static final String[] MATTERS = {"村（社区）道路硬化方案", "年度集体收益分配方案", "人居环境整治实施方案",
      "公益事业筹资筹劳方案", "小区停车管理办法", "集体资产租赁方案"};

  String id;
  MeetingType type;
  QuorumBase base;
  DivisionCode unit;
  String group;
  LocalDate date;
  LocalDate noticeDate;
  Convener convener;
  int eligible;
  final List<Exclusion> exclusions = new ArrayList<>();
  int attended;
  Integer women;
  Requisition requisition;
  final List<ResolutionPlan> resolutions = new ArrayList<>();

  /**
   * Whether the earlier texts give a requisition share for the type (村委会法 第二十一条、第二十六条; 居委会法 1989
   * 第九条).
   */
  static boolean requisitionJudged(MeetingType type) {
    return type == MeetingType.VILLAGERS_MEETING || type == MeetingType.VILLAGER_REPRESENTATIVE_MEETING
        || type == MeetingType.RESIDENTS_MEETING;
  }

  /**
   * Sets a requisition by requesters the texts name for the type, dated up to 15 days before the meeting (15 exactly
   * one time in three), with at least the share (exactly the share one time in three), or one requester fewer.
   */
  void requisition(SplittableRandom random, boolean oneShort) {
    Requesters[] by;
    if (type == MeetingType.VILLAGERS_MEETING) {
      by = new Requesters[] {Requesters.ADULTS, Requesters.REPRESENTATIVES};
    } else if (type == MeetingType.VILLAGER_REPRESENTATIVE_MEETING) {
      by = new Requesters[] {Requesters.REPRESENTATIVES};
    } else {
      by = new Requesters[] {Requesters.ADULTS, Requesters.HOUSEHOLDS, Requesters.RESIDENT_GROUPS};
    }
    Requesters requesters = by[random.nextInt(by.length)];
    Threshold share;
    int outOf;
    if (requesters == Requesters.REPRESENTATIVES) {
      share = type == MeetingType.VILLAGERS_MEETING ? Threshold.ONE_THIRD : Threshold.atLeast(1, 5);
      outOf = base == QuorumBase.MEMBERS ? eligible : 20 + random.nextInt(60);
    } else if (requesters == Requesters.RESIDENT_GROUPS) {
      share = Threshold.ONE_THIRD;
      outOf = 4 + random.nextInt(20);
    } else {
      share = type == MeetingType.VILLAGERS_MEETING ? Threshold.atLeast(1, 10) : Threshold.atLeast(1, 5);
      outOf = 20 + random.nextInt(2000);
    }
    int least = (int) share.minimum(outOf);
    int count = oneShort ? least - 1 : least + slack(random, outOf - least);
    requisition = Requisition.of(requesters, count, outOf, date.minusDays(15 - slack(random, 15)));
  }

  /** The quorum of the earlier texts, or two-thirds of members for a residents' representative meeting. */
  static Threshold quorum(MeetingType type, QuorumBase base) {
    return type.statutoryQuorum(base).orElse(Threshold.TWO_THIRDS);
  }

  /** The decision threshold of the earlier texts, or more than half for a residents' representative meeting. */
  static Threshold decision(MeetingType type) {
    return type.statutoryDecision().orElse(Threshold.MAJORITY);
  }

  /** A random amount above a minimum: 0 (the exact boundary) one time in three, else up to {@code room}. */
  static int slack(SplittableRandom random, long room) {
    if (room <= 0 || random.nextInt(3) == 0) {
      return 0;
    }
    return random.nextInt((int) Math.min(room, Integer.MAX_VALUE - 1) + 1);
  }

  static DivisionCode unitFor(boolean village, SplittableRandom random) {
    return village
        ? DivisionCode.parse(String.format("500154%03d%03d", 101 + random.nextInt(30), 200 + random.nextInt(200)))
        : DivisionCode.parse(String.format("500154%03d%03d", 1 + random.nextInt(20), 1 + random.nextInt(199)));
  }

  /** A valid plan of a meeting of a type on a date, with one to three resolutions that pass. */
  static MeetingPlan valid(SplittableRandom random, String id, MeetingType type, LocalDate date) {
    MeetingPlan plan = new MeetingPlan();
    plan.id = id;
    plan.type = type;
    List<QuorumBase> bases = new ArrayList<>(type.bases());
    bases.sort(null);
    plan.base = bases.get(random.nextInt(bases.size()));
    plan.unit = unitFor(type.isVillage(), random);
    plan.group = type == MeetingType.VILLAGER_GROUP_MEETING ? "第" + (1 + random.nextInt(9)) + "村民小组" : null;
    plan.date = date;
    plan.convener = type == MeetingType.VILLAGER_GROUP_MEETING ? Convener.GROUP_LEADER
        : type.isVillage() ? Convener.VILLAGERS_COMMITTEE : Convener.RESIDENTS_COMMITTEE;
    if (type == MeetingType.VILLAGERS_MEETING) {
      plan.noticeDate = date.minusDays(10 + slack(random, 20));
    } else if (type == MeetingType.VILLAGER_REPRESENTATIVE_MEETING) {
      plan.noticeDate = date.minusDays(3 + slack(random, 10));
    } else if (random.nextBoolean()) {
      plan.noticeDate = date.minusDays(1 + random.nextInt(14));
    }
    plan.eligible = plan.base == QuorumBase.MEMBERS ? 15 + random.nextInt(46)
        : plan.base == QuorumBase.GROUP_REPRESENTATIVES ? 20 + random.nextInt(80) : 30 + random.nextInt(1500);
    long minimum = quorum(type, plan.base).minimum(plan.eligible);
    plan.attended = (int) minimum + slack(random, plan.eligible - minimum);
    plan.women = 1 + random.nextInt(plan.attended);
    int count = 1 + random.nextInt(3);
    for (int i = 1; i <= count; i++) {
      plan.resolutions.add(plan.resolution(random, i, MATTERS[random.nextInt(MATTERS.length)], null,
          i > 1 && random.nextInt(4) == 0));
    }
    return plan;
  }

  /** A resolution whose tally fits the attendance: passing (declared adopted) or failing (declared rejected). */
  ResolutionPlan resolution(SplittableRandom random, int number, String matter, String covenantId, boolean failing) {
    ResolutionPlan r = new ResolutionPlan();
    r.number = number;
    r.matter = matter;
    r.covenantId = covenantId;
    long minimum = decision(type).minimum(attended);
    if (failing) {
      r.inFavour = random.nextInt((int) Math.min(minimum, attended + 1L));
    } else {
      r.inFavour = (int) minimum + slack(random, attended - minimum);
    }
    r.declaredAdopted = !failing;
    int rest = attended - r.inFavour;
    r.against = random.nextInt(rest + 1);
    rest -= r.against;
    r.abstentions = random.nextInt(rest + 1);
    rest -= r.abstentions;
    if (random.nextBoolean()) {
      r.blank = random.nextInt(Math.min(rest, 3) + 1);
      rest -= r.blank;
      r.spoiled = random.nextInt(Math.min(rest, 3) + 1);
      int total = r.inFavour + r.against + r.abstentions + r.blank + r.spoiled;
      r.otherMeans = random.nextInt(Math.min(total, 5) + 1);
      r.inPerson = total - r.otherMeans;
    }
    return r;
  }

  /** Re-draws every resolution's tally for the current attendance, keeping numbers, matters and outcomes. */
  void redrawResolutions(SplittableRandom random) {
    List<ResolutionPlan> old = new ArrayList<>(resolutions);
    resolutions.clear();
    for (ResolutionPlan r : old) {
      resolutions.add(resolution(random, r.number, r.matter, r.covenantId, !r.declaredAdopted));
    }
  }

  Meeting build() {
    ImmutableMeeting.Builder builder = Meeting.builder().id(id).type(type).base(base).unit(unit).date(date)
        .convenedBy(convener).eligible(eligible).addAllExclusions(exclusions).attended(attended);
    if (group != null) {
      builder.group(group);
    }
    if (noticeDate != null) {
      builder.noticeDate(noticeDate);
    }
    if (women != null) {
      builder.womenAttended(women);
    }
    if (requisition != null) {
      builder.requestedBy(requisition);
    }
    resolutions.forEach(r -> builder.addResolutions(r.build()));
    return builder.build();
  }
}

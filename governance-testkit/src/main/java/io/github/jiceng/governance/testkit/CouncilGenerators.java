package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.council.Council;
import io.github.jiceng.governance.core.council.CouncilKind;
import io.github.jiceng.governance.core.council.CouncilMember;
import io.github.jiceng.governance.core.council.CouncilSession;
import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.DisputeOutcome;
import io.github.jiceng.governance.core.council.HandlingBody;
import io.github.jiceng.governance.core.council.ImmutableCouncil;
import io.github.jiceng.governance.core.council.ImmutableCouncilSession;
import io.github.jiceng.governance.core.council.ImmutableDisputeCase;
import io.github.jiceng.governance.core.council.ImmutableRaisedMatter;
import io.github.jiceng.governance.core.council.MatterClass;
import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of councils (议事协商组织), their sessions, the disputes they mediate and the matters residents
 * raise under 三事分流: valid ones, and ones with exactly one deliberate {@link CouncilDefect}, dated in a range.
 *
 * <p>A valid council has a kind, a Kaizhou village or community code, a name and three to eleven members. A valid
 * dispute case is either open, or closed with an outcome, and an agreement reached has its date (between receipt and
 * closing). A valid raised matter goes to a body its class names. Members' and parties' names are illustrative
 * (王某明, 张某): parties are adults, not personal data the library masks.
 *
 * <pre>{@code
 * List<DisputeCase> disputes = CouncilGenerators.disputes(LocalDate.of(2019, 1, 1), LocalDate.of(2028, 1, 1))
 *     .sample(42L, 20);
 * DefectiveRecord<CouncilDefect> wrongBody = CouncilGenerators.defective(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1),
 *     CouncilDefect.ROUTE_MISMATCH).sample(7L, 1).get(0);   // -> council.matter.route-mismatch
 * }</pre>
 */
public final class CouncilGenerators {
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗谭";
  private static final String GIVEN = "德明华平国英玉兰建军秀芳志强桂芬春林";
  private static final String[] ROLES = {"会长", "副会长", "成员", "成员", "成员", "秘书"};
  private static final String[] TOPICS = {"小区停车位划分", "楼道杂物清理", "红白喜事操办标准", "公共绿地认养",
      "垃圾分类投放点设置", "老旧小区加装电梯", "邻里噪音公约", "村道养护筹资"};
  private static final String[] DISPUTES = {"楼上漏水赔偿", "宅基地边界", "相邻通行", "宠物扰民", "山林界址",
      "彩礼返还", "噪音扰民", "排水沟堵塞"};
  private static final String[] MATTERS = {"小区主干道路灯损坏", "汛期河堤加固", "邻里共用楼道堆物", "公交站点增设",
      "化粪池外溢", "家庭装修噪音", "广场舞时段协商", "危岩治理"};

  private CouncilGenerators() {
  }

  /**
   * Returns a generator of valid councils, set up in {@code [from, until)} when the date is recorded.
   *
   * @param from the first possible date
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<Council> councils(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> council(random, from.plusDays(random.nextLong(days)), true);
  }

  /**
   * Returns a generator of valid council sessions held in {@code [from, until)}.
   *
   * @param from the first possible date
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<CouncilSession> sessions(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> {
      ImmutableCouncilSession.Builder builder = CouncilSession.builder().id(id("YS-", random)).councilId(id("YSH-",
          random)).date(from.plusDays(random.nextLong(days))).attended(3 + random.nextInt(9));
      List<String> topics = pick(random, TOPICS, 1 + random.nextInt(3));
      builder.addAllTopics(topics);
      for (String topic : topics.subList(0, random.nextInt(topics.size() + 1))) {
        builder.addResolutions(topic + "：按议定方案执行");
      }
      return builder.build();
    };
  }

  /**
   * Returns a generator of valid dispute cases received in {@code [from, until)}.
   *
   * @param from the first possible date
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DisputeCase> disputes(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> dispute(random, from.plusDays(random.nextLong(days)), null);
  }

  /**
   * Returns a generator of valid raised matters raised in {@code [from, until)}.
   *
   * @param from the first possible date
   * @param until the first date after the range, after {@code from}
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<RaisedMatter> matters(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> matter(random, from.plusDays(random.nextLong(days)), false);
  }

  /**
   * Returns a generator of records with exactly one defect of a kind, dated in {@code [from, until)}, and, for a
   * defect judged by a dated rule, on or after the rule's first day (2018-12-27 for disputes, 2016-05-09 for routes).
   *
   * @param from the first possible date
   * @param until the first date after the range
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the range is empty or ends before the defect's rule is in force
   */
  public static Generator<DefectiveRecord<CouncilDefect>> defective(LocalDate from, LocalDate until, CouncilDefect defect) {
    Objects.requireNonNull(defect, "defect");
    MeetingGenerators.days(from, until);
    LocalDate first = from.isBefore(defect.judgedFrom()) ? defect.judgedFrom() : from;
    if (!until.isAfter(first)) {
      throw new IllegalArgumentException("defect " + defect + " is judged from " + defect.judgedFrom()
          + ", but the range ends on " + until);
    }
    long days = MeetingGenerators.days(first, until);
    return random -> plant(random, first.plusDays(random.nextLong(days)), defect);
  }

  /**
   * Returns a generator of records with exactly one defect of any kind whose rule is in force within {@code [from,
   * until)}, dated as {@link #defective(LocalDate, LocalDate, CouncilDefect)} says.
   *
   * @param from the first possible date
   * @param until the first date after the range
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveRecord<CouncilDefect>> defective(LocalDate from, LocalDate until) {
    MeetingGenerators.days(from, until);
    List<Generator<DefectiveRecord<CouncilDefect>>> all = new ArrayList<>();
    for (CouncilDefect defect : CouncilDefect.values()) {
      if (until.isAfter(defect.judgedFrom())) {
        all.add(defective(from, until, defect));
      }
    }
    return random -> all.get(random.nextInt(all.size())).generate(random);
  }

  private static DefectiveRecord<CouncilDefect> plant(SplittableRandom random, LocalDate date, CouncilDefect defect) {
    switch (defect) {
      case OUTCOME_MISSING: {
        DisputeCase d = dispute(random, date, defect);
        return DefectiveRecord.of(d, defect, d.id(), "dispute case " + d.id() + " received " + d.received()
            + ", closed " + d.closed().orElseThrow() + " without an outcome");
      }
      case AGREEMENT_UNDATED: {
        DisputeCase d = dispute(random, date, defect);
        return DefectiveRecord.of(d, defect, d.id(), "dispute case " + d.id() + " received " + d.received()
            + ": agreement reached without its date");
      }
      case ROUTE_MISMATCH: {
        RaisedMatter m = matter(random, date, true);
        return DefectiveRecord.of(m, defect, m.id(), "matter " + m.id() + " raised " + m.raised() + ": "
            + m.matterClass() + " handled by " + m.handledBy());
      }
      default: {
        Council c = council(random, date, false);
        return DefectiveRecord.of(c, defect, c.id(), "council " + c.id() + " (" + c.kind()
            + ") without members");
      }
    }
  }

  private static Council council(SplittableRandom random, LocalDate date, boolean withMembers) {
    CouncilKind kind = CouncilKind.values()[random.nextInt(CouncilKind.values().length)];
    boolean village = kind == CouncilKind.VILLAGERS_COUNCIL || random.nextBoolean();
    DivisionCode unit = MeetingPlan.unitFor(village, random);
    ImmutableCouncil.Builder builder = Council.builder().id(id("YSH-", random)).kind(kind).unit(unit)
        .name(new PlaceNames(random).next(village ? "村" : "社区") + kind.displayName(Locale.SIMPLIFIED_CHINESE));
    if (withMembers) {
      int members = 3 + random.nextInt(9);
      for (int i = 0; i < members; i++) {
        builder.addMembers(CouncilMember.of(name(random), ROLES[i < 2 ? i : 2 + random.nextInt(ROLES.length - 2)]));
      }
    }
    if (random.nextBoolean()) {
      builder.established(date);
    }
    return builder.build();
  }

  private static DisputeCase dispute(SplittableRandom random, LocalDate received, CouncilDefect defect) {
    ImmutableDisputeCase.Builder builder = DisputeCase.builder().id(id("TJ-", random)).councilId(id("YSH-", random))
        .addParties(SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "某",
            SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "某")
        .matter(DISPUTES[random.nextInt(DISPUTES.length)]).received(received);
    boolean closed = defect != null || random.nextInt(4) != 0;
    if (!closed) {
      return builder.build();
    }
    LocalDate closing = received.plusDays(MeetingPlan.slack(random, 40));
    builder.closed(closing);
    if (defect == CouncilDefect.OUTCOME_MISSING) {
      return builder.build();
    }
    DisputeOutcome outcome = defect == CouncilDefect.AGREEMENT_UNDATED ? DisputeOutcome.AGREEMENT_REACHED
        : DisputeOutcome.values()[random.nextInt(DisputeOutcome.values().length)];
    builder.outcome(outcome);
    if (outcome == DisputeOutcome.AGREEMENT_REACHED && defect == null) {
      builder.agreementDate(received.plusDays(random.nextLong(ChronoUnit.DAYS.between(received, closing) + 1L)));
    }
    return builder.build();
  }

  private static RaisedMatter matter(SplittableRandom random, LocalDate raised, boolean misrouted) {
    MatterClass matterClass = MatterClass.values()[random.nextInt(MatterClass.values().length)];
    EnumSet<HandlingBody> bodies = EnumSet.copyOf(matterClass.handlingBodies());
    List<HandlingBody> choices = new ArrayList<>(misrouted ? EnumSet.complementOf(bodies) : bodies);
    HandlingBody body = choices.get(random.nextInt(choices.size()));
    ImmutableRaisedMatter.Builder builder = RaisedMatter.builder().id(id("SF-", random))
        .unit(MeetingPlan.unitFor(random.nextBoolean(), random)).raised(raised)
        .description(MATTERS[random.nextInt(MATTERS.length)]).matterClass(matterClass).handledBy(body);
    if (random.nextBoolean()) {
      builder.route("转" + body.displayName(Locale.SIMPLIFIED_CHINESE) + "办理");
    }
    return builder.build();
  }

  private static String name(SplittableRandom random) {
    return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + "某" + GIVEN.charAt(random.nextInt(GIVEN.length()));
  }

  private static String id(String prefix, SplittableRandom random) {
    return prefix + Long.toString(random.nextLong() & 0xffffffL, 36);
  }

  private static List<String> pick(SplittableRandom random, String[] from, int count) {
    List<String> all = new ArrayList<>(List.of(from));
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      picked.add(all.remove(random.nextInt(all.size())));
    }
    return picked;
  }
}

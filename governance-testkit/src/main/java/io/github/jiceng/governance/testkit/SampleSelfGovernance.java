package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.SampleContext.PROBLEM_RATE;
import static io.github.jiceng.governance.testkit.SampleContext.plant;

import io.github.jiceng.governance.core.council.Council;
import io.github.jiceng.governance.core.council.CouncilSession;
import io.github.jiceng.governance.core.council.DisputeCase;
import io.github.jiceng.governance.core.council.ImmutableCouncil;
import io.github.jiceng.governance.core.council.ImmutableRaisedMatter;
import io.github.jiceng.governance.core.council.RaisedMatter;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.ImmutableCovenant;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.meeting.ImmutableMeeting;
import io.github.jiceng.governance.core.meeting.ImmutableRepresentativeAssembly;
import io.github.jiceng.governance.core.meeting.Meeting;
import io.github.jiceng.governance.core.meeting.RepresentativeAssembly;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The self-governance part of the sample district: each village's covenant (村规民约 or 居民公约) with the meeting that
 * voted on it, a meeting, for some villages a representative-meeting composition with a planted problem, and for some
 * a council with a session, a dispute case and a raised matter, from {@link CovenantGenerators}, {@link
 * MeetingGenerators}, {@link CommitteeGenerators} and {@link CouncilGenerators}, moved to the sample's own villages.
 * Everything is dated in 2019-2025, before the 2026 texts. The villages' committees are in {@link SampleLinkage}.
 */
final class SampleSelfGovernance {
  static final LocalDate FROM = LocalDate.of(2019, 1, 1);
  static final LocalDate UNTIL = LocalDate.of(2025, 12, 1);
  private static final List<CovenantDefect> COVENANT_DEFECTS = List.of(CovenantDefect.NOT_VOTED,
      CovenantDefect.FILING_MISSING, CovenantDefect.FINE_CLAUSE, CovenantDefect.STEP_MISSING,
      CovenantDefect.PUBLISHED_BEFORE_FILING, CovenantDefect.NO_WOMEN, CovenantDefect.NOT_REVIEWED,
      CovenantDefect.MARRIAGE_CLAUSE, CovenantDefect.WOMEN_CLAUSE, CovenantDefect.DELEGATED,
      CovenantDefect.STEP_ORDER, CovenantDefect.AREA_MISSING, CovenantDefect.LIBERTY_CLAUSE,
      CovenantDefect.PETITION_CLAUSE, CovenantDefect.SUBSIDY_CLAUSE, CovenantDefect.WRONG_BODY,
      CovenantDefect.FILING_WRONG_BODY, CovenantDefect.CRIMINAL_LABEL_CLAUSE);
  private static final List<CommitteeDefect> ASSEMBLY_DEFECTS = List.of(CommitteeDefect.REPRESENTATIVES_TOO_FEW,
      CommitteeDefect.WOMEN_TOO_FEW);
  private static final List<MeetingDefect> MEETING_DEFECTS = List.of(MeetingDefect.QUORUM_NOT_MET,
      MeetingDefect.NOTICE_TOO_SHORT, MeetingDefect.DECISION_NOT_PASSED, MeetingDefect.NOTICE_DATE_MISSING,
      MeetingDefect.WOMEN_EXCEED_ATTENDANCE, MeetingDefect.BALLOTS_NOT_RECONCILED,
      MeetingDefect.VOTES_EXCEED_ATTENDANCE, MeetingDefect.REQUISITION_BELOW_THRESHOLD);

  private final SampleContext context;
  private final SampleBase base;
  private final Set<String> ids = new HashSet<>();

  private SampleSelfGovernance(SampleContext context, SampleBase base) {
    this.context = context;
    this.base = base;
  }

  static void write(SampleContext context, SampleBase base) {
    SampleSelfGovernance part = new SampleSelfGovernance(context, base);
    for (int v = 0; v < base.villages.size(); v++) {
      part.village(base.villages.get(v), context.random(4, v));
    }
  }

  private void village(Village village, SplittableRandom random) {
    covenant(village, random);
    if (random.nextBoolean()) {
      meeting(random);
    }
    assembly(random);
    if (random.nextInt(3) == 0) {
      council(random);
    }
  }

  /** Draws from a generator until the value's id is new (the generators draw 24-bit random ids). */
  private <T> T unique(Generator<T> generator, Function<T, String> id, SplittableRandom random) {
    while (true) {
      T value = generator.generate(random);
      if (ids.add(id.apply(value))) {
        return value;
      }
    }
  }

  /** Moves a village-level code to one of the sample's villages of the same kind (villages in towns, communities in
   * streets, as the generators place them). */
  private DivisionCode move(DivisionCode code, SplittableRandom random) {
    if (code.level() != DivisionLevel.VILLAGE) {
      return code;
    }
    VillageKind kind = code.villageKind().orElse(VillageKind.VILLAGE);
    List<Village> fitting = base.villagesOf(kind, kind == VillageKind.COMMUNITY);
    return fitting.get(random.nextInt(fitting.size())).code();
  }

  private void covenant(Village village, SplittableRandom random) {
    boolean wantVillage = village.kind() == VillageKind.VILLAGE;
    CovenantDefect defect = plant(random, PROBLEM_RATE * 2)
        ? context.nextKind(ProblemArea.COVENANT, COVENANT_DEFECTS) : null;
    AdoptionCase adoption;
    do {
      adoption = defect == null ? unique(CovenantGenerators.valid(FROM, UNTIL), a -> a.covenant().id(), random)
          : unique(CovenantGenerators.defective(FROM, UNTIL, defect), d -> d.adoption().covenant().id(), random)
              .adoption();
    } while (adoption.covenant().kind().isVillage() != wantVillage);
    DivisionCode unit = village.code();
    Covenant covenant = ImmutableCovenant.copyOf(adoption.covenant()).withUnit(unit).withUnitName(village.name())
        .withTitle(village.name() + (wantVillage ? "村规民约" : "居民公约"));
    Meeting meeting = ImmutableMeeting.copyOf(adoption.meeting()).withUnit(unit);
    context.emit(SamplePart.COVENANTS, covenant);
    context.emit(SamplePart.COVENANTS, meeting);
    if (defect != null) {
      boolean meetingSubject = defect == CovenantDefect.NO_WOMEN;
      context.problem(ProblemArea.COVENANT, SamplePart.COVENANTS, meetingSubject ? "meeting" : "covenant",
          meetingSubject ? meeting.id() : covenant.id(), covenantRule(defect),
          covenant.title() + "：" + defect.displayName(Locale.SIMPLIFIED_CHINESE),
          covenant.title() + ": " + defect.displayName(Locale.ENGLISH));
    }
  }

  static String covenantRule(CovenantDefect defect) {
    switch (defect) {
      case NOT_VOTED:
        return "covenant.adoption.not-voted";
      case WRONG_BODY:
        return "covenant.adoption.wrong-body";
      case DELEGATED:
        return "covenant.adoption.delegated";
      case STEP_ORDER:
        return "covenant.adoption.step-order";
      case NOT_REVIEWED:
        return "covenant.adoption.not-reviewed";
      case STEP_MISSING:
        return "covenant.adoption.step-missing";
      case FILING_MISSING:
        return "covenant.filing.missing";
      case FILING_WRONG_BODY:
        return "covenant.filing.wrong-body";
      case PUBLISHED_BEFORE_FILING:
        return "covenant.publication.before-filing";
      case MEETING_MISSING:
        return "covenant.adoption.meeting-missing";
      case MEETING_MISMATCH:
        return "covenant.adoption.meeting-mismatch";
      case NO_WOMEN:
        return "covenant.vote.no-women";
      case AREA_MISSING:
        return "covenant.content.area-missing";
      case FINE_CLAUSE:
        return "covenant.content.fine";
      case LIBERTY_CLAUSE:
        return "covenant.content.liberty";
      case SUBSIDY_CLAUSE:
        return "covenant.content.subsidy-condition";
      case PETITION_CLAUSE:
        return "covenant.content.petition";
      case MARRIAGE_CLAUSE:
        return "covenant.content.marriage-childbirth";
      case WOMEN_CLAUSE:
        return "covenant.content.women-distribution";
      default:
        return "covenant.content.criminal-label";
    }
  }

  private void meeting(SplittableRandom random) {
    if (plant(random, PROBLEM_RATE)) {
      MeetingDefect defect = context.nextKind(ProblemArea.COVENANT, MEETING_DEFECTS);
      DefectiveMeeting planted = unique(MeetingGenerators.defective(FROM, UNTIL, defect), d -> d.meeting().id(),
          random);
      Meeting meeting = ImmutableMeeting.copyOf(planted.meeting()).withUnit(move(planted.meeting().unit(), random));
      context.emit(SamplePart.COVENANTS, meeting);
      context.problem(ProblemArea.COVENANT, SamplePart.COVENANTS, "meeting", meeting.id(), meetingRule(defect),
          defect.displayName(Locale.SIMPLIFIED_CHINESE) + "（" + meeting.date() + "）",
          defect.displayName(Locale.ENGLISH) + " (" + meeting.date() + ")");
      return;
    }
    Meeting meeting = unique(MeetingGenerators.valid(FROM, UNTIL), Meeting::id, random);
    context.emit(SamplePart.COVENANTS, ImmutableMeeting.copyOf(meeting).withUnit(move(meeting.unit(), random)));
  }

  static String meetingRule(MeetingDefect defect) {
    switch (defect) {
      case QUORUM_NOT_MET:
        return "meeting.quorum.not-met";
      case DECISION_NOT_PASSED:
        return "meeting.decision.not-passed";
      case NOTICE_TOO_SHORT:
        return "meeting.notice.too-short";
      case NOTICE_DATE_MISSING:
        return "meeting.notice.date-missing";
      case WOMEN_EXCEED_ATTENDANCE:
        return "meeting.attendance.inconsistent";
      case BALLOTS_NOT_RECONCILED:
        return "meeting.ballots.not-reconciled";
      case VOTES_EXCEED_ATTENDANCE:
        return "meeting.ballots.exceed-attendance";
      case REQUISITION_BELOW_THRESHOLD:
        return "meeting.requisition.below-threshold";
      default:
        return "meeting.exclusions.not-provided";
    }
  }

  /** Plants, at the problem rate, a representative-meeting composition one representative or one woman short. */
  private void assembly(SplittableRandom random) {
    if (!plant(random, PROBLEM_RATE)) {
      return;
    }
    CommitteeDefect defect = context.nextKind(ProblemArea.COVENANT, ASSEMBLY_DEFECTS);
    DefectiveRecord<CommitteeDefect> planted = unique(CommitteeGenerators.defective(FROM, UNTIL, defect),
        DefectiveRecord::subjectId, random);
    RepresentativeAssembly assembly = (RepresentativeAssembly) planted.record();
    context.emit(SamplePart.COVENANTS, ImmutableRepresentativeAssembly.copyOf(assembly)
        .withUnit(move(assembly.unit(), random)));
    context.problem(ProblemArea.COVENANT, SamplePart.COVENANTS, planted.subjectType(), planted.subjectId(),
        committeeRule(defect), defect.displayName(Locale.SIMPLIFIED_CHINESE), defect.displayName(Locale.ENGLISH));
  }

  /** The id of the rule that reports a committee or representative-meeting defect (terms before 2026). */
  static String committeeRule(CommitteeDefect defect) {
    switch (defect) {
      case SIZE_TOO_SMALL:
      case SIZE_TOO_LARGE:
        return "meeting.committee.size-out-of-range";
      case WOMAN_MEMBER_MISSING:
      case MINORITY_MEMBER_MISSING:
        return "meeting.committee.member-missing";
      case TERM_TOO_LONG:
        return "meeting.committee.term-too-long";
      default:
        return "meeting.assembly.share-too-low";
    }
  }

  private void council(SplittableRandom random) {
    Council council = unique(CouncilGenerators.councils(FROM, UNTIL), Council::id, random);
    context.emit(SamplePart.COVENANTS, ImmutableCouncil.copyOf(council).withUnit(move(council.unit(), random)));
    context.emit(SamplePart.COVENANTS, unique(CouncilGenerators.sessions(FROM, UNTIL), CouncilSession::id, random));
    context.emit(SamplePart.COVENANTS, unique(CouncilGenerators.disputes(FROM, UNTIL), DisputeCase::id, random));
    RaisedMatter matter = unique(CouncilGenerators.matters(FROM, UNTIL), RaisedMatter::id, random);
    context.emit(SamplePart.COVENANTS, ImmutableRaisedMatter.copyOf(matter).withUnit(move(matter.unit(), random)));
    if (plant(random, PROBLEM_RATE * 4)) {
      CouncilDefect defect = context.nextKind(ProblemArea.COVENANT, List.of(CouncilDefect.values()));
      DefectiveRecord<CouncilDefect> planted = unique(CouncilGenerators.defective(FROM, UNTIL, defect),
          DefectiveRecord::subjectId, random);
      Object record = planted.record();
      if (record instanceof Council) {
        record = ImmutableCouncil.copyOf((Council) record).withUnit(move(((Council) record).unit(), random));
      } else if (record instanceof RaisedMatter) {
        record = ImmutableRaisedMatter.copyOf((RaisedMatter) record)
            .withUnit(move(((RaisedMatter) record).unit(), random));
      }
      context.emit(SamplePart.COVENANTS, record);
      context.problem(ProblemArea.COVENANT, SamplePart.COVENANTS, planted.subjectType(), planted.subjectId(),
          councilRule(defect), defect.displayName(Locale.SIMPLIFIED_CHINESE), defect.displayName(Locale.ENGLISH));
    }
  }

  static String councilRule(CouncilDefect defect) {
    switch (defect) {
      case OUTCOME_MISSING:
        return "council.dispute.outcome-missing";
      case AGREEMENT_UNDATED:
        return "council.dispute.agreement-undated";
      case ROUTE_MISMATCH:
        return "council.matter.route-mismatch";
      default:
        return "constraint.NotEmpty";
    }
  }
}

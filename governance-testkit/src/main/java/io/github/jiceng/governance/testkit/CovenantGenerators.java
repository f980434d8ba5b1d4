package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionStep;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Clause;
import io.github.jiceng.governance.core.covenant.ContentArea;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.CovenantKind;
import io.github.jiceng.governance.core.covenant.CovenantStatus;
import io.github.jiceng.governance.core.covenant.Filing;
import io.github.jiceng.governance.core.covenant.FilingBody;
import io.github.jiceng.governance.core.covenant.ImmutableAdoptionRecord;
import io.github.jiceng.governance.core.covenant.ImmutableCovenant;
import io.github.jiceng.governance.core.covenant.Review;
import io.github.jiceng.governance.core.covenant.ReviewBody;
import io.github.jiceng.governance.core.covenant.ReviewResult;
import io.github.jiceng.governance.core.covenant.StatusChange;
import io.github.jiceng.governance.core.meeting.MeetingType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Seeded generators of village rules and residents' conventions with the meetings that adopted them (公约及其表决会议):
 * valid ones, and ones with exactly one deliberate {@link CovenantDefect}.
 *
 * <p>A valid case has one clause in each of the five content areas (clean wording that no content lint flags), a
 * sanctions clause now and then, all five steps of the 2018 guidance in order (opinions, draft, review approved by the
 * township or street before the vote, vote, filing with the body the earlier texts name, publication after filing), a
 * status history from draft to in force, and a valid plenary meeting on the vote date with women attending and an
 * adopted resolution naming the covenant. The vote is dated in the requested range.
 *
 * <pre>{@code
 * AdoptionCase c = CovenantGenerators.valid(LocalDate.of(2019, 1, 1), LocalDate.of(2026, 1, 1)).sample(1L, 1).get(0);
 * validator.validate(c.records());   // no findings
 * }</pre>
 */
public final class CovenantGenerators {
  private static final Map<ContentArea, String[]> CLAUSES = new EnumMap<>(ContentArea.class);
  private static final String SANCTION = "违反本约的，由村（居）民委员会进行批评教育，督促改正。";

  static {
    CLAUSES.put(ContentArea.DAILY_CONDUCT, new String[] {"爱党爱国，遵纪守法，诚实守信，文明礼让。",
        "孝老爱亲，尊老爱幼，邻里和睦，互帮互助。"});
    CLAUSES.put(ContentArea.PUBLIC_ORDER, new String[] {"爱护公共设施，维护村（社区）容貌和环境卫生，不乱堆乱放。",
        "遵守交通规则，文明出行，共同维护公共安全。"});
    CLAUSES.put(ContentArea.RIGHTS_AND_INTERESTS, new String[] {"男女平等，保障妇女、儿童、老年人和残疾人的合法权益。",
        "子女应当履行赡养老人的义务，反对家庭暴力。"});
    CLAUSES.put(ContentArea.DISPUTE_MEDIATION, new String[] {"邻里纠纷先行协商，协商不成的，可以申请人民调解委员会调解。",
        "发生矛盾纠纷应当依法理性表达诉求。"});
    CLAUSES.put(ContentArea.CUSTOMS, new String[] {"婚事新办，丧事简办，反对铺张浪费和天价彩礼。",
        "移风易俗，崇尚科学，反对封建迷信。"});
  }

  private CovenantGenerators() {
  }

  /**
   * Returns a generator of valid cases whose vote is dated in {@code [from, until)}.
   *
   * @param from the first possible vote date; on or after 2018-12-27 for the guidance's rules to apply
   * @param until the first date after the range
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<AdoptionCase> valid(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> new Plan(random, from.plusDays(random.nextLong(days)), null).build();
  }

  /**
   * Returns a generator of cases whose vote is dated in {@code [from, until)}, with exactly one defect of a kind.
   *
   * @param from the first possible vote date
   * @param until the first date after the range
   * @param defect the defect, not null
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveAdoption> defective(LocalDate from, LocalDate until, CovenantDefect defect) {
    Objects.requireNonNull(defect, "defect");
    long days = MeetingGenerators.days(from, until);
    return random -> plant(new Plan(random, from.plusDays(random.nextLong(days)), defect), defect, random);
  }

  /**
   * Returns a generator of cases whose vote is dated in {@code [from, until)}, with exactly one defect of any kind.
   *
   * @param from the first possible vote date
   * @param until the first date after the range
   * @return the generator
   * @throws IllegalArgumentException if the range is empty
   */
  public static Generator<DefectiveAdoption> defective(LocalDate from, LocalDate until) {
    long days = MeetingGenerators.days(from, until);
    return random -> {
      CovenantDefect defect = CovenantDefect.values()[random.nextInt(CovenantDefect.values().length)];
      return plant(new Plan(random, from.plusDays(random.nextLong(days)), defect), defect, random);
    };
  }

  private static DefectiveAdoption plant(Plan plan, CovenantDefect defect, SplittableRandom random) {
    String description;
    switch (defect) {
      case NOT_VOTED:
        plan.voted = false;
        description = "in force without a recorded vote";
        break;
      case WRONG_BODY:
      case DELEGATED:
        description = "voted on by a " + plan.meeting.type;
        break;
      case STEP_ORDER:
        plan.drafted = plan.submitted.plusDays(1);
        description = "draft dated " + plan.drafted + ", after the review was submitted on " + plan.submitted;
        break;
      case NOT_REVIEWED:
        if (random.nextBoolean()) {
          plan.reviewed = false;
          description = "no review recorded";
        } else {
          plan.reviewResult = ReviewResult.RETURNED;
          description = "the draft was returned for revision and then voted on";
        }
        break;
      case STEP_MISSING:
        plan.solicited = null;
        description = "no solicitation of opinions recorded";
        break;
      case FILING_MISSING:
        plan.filed = null;
        description = "in force but not filed";
        break;
      case FILING_WRONG_BODY:
        plan.filingBody = plan.kind.isVillage() ? FilingBody.STREET_OFFICE : FilingBody.TOWNSHIP_GOVERNMENT;
        description = "filed with the " + plan.filingBody;
        break;
      case PUBLISHED_BEFORE_FILING:
        plan.published = plan.filed.minusDays(1);
        description = "published on " + plan.published + ", filed on " + plan.filed;
        break;
      case MEETING_MISSING:
        plan.voteMeetingId = plan.meeting.id + "-X";
        description = "the vote names meeting " + plan.voteMeetingId + ", which is not in the dataset";
        break;
      case MEETING_MISMATCH:
        plan.meeting.resolutions.get(0).declaredAdopted = false;
        description = "the meeting declared the covenant not adopted";
        break;
      case NO_WOMEN:
        plan.meeting.women = 0;
        description = "no women attended the vote";
        break;
      case AREA_MISSING:
        ContentArea area = ContentArea.values()[random.nextInt(ContentArea.values().length)];
        plan.clauses.removeIf(c -> c.area().filter(area::equals).isPresent());
        description = "no clause on " + area;
        break;
      default:
        String text = badClause(defect);
        plan.clauses.add(Clause.of(plan.clauses.size() + 1, text, ContentArea.DAILY_CONDUCT));
        description = "clause " + plan.clauses.size() + ": " + text;
        break;
    }
    return DefectiveAdoption.of(plan.build(), defect, "covenant " + plan.id + " (" + plan.kind + ", vote "
        + plan.voted + " " + plan.vote + "): " + description);
  }

  private static String badClause(CovenantDefect defect) {
    switch (defect) {
      case FINE_CLAUSE:
        return "乱倒垃圾的，罚款200元。";
      case LIBERTY_CLAUSE:
        return "偷盗集体财物者，由村民小组关押反省三日。";
      case SUBSIDY_CLAUSE:
        return "不参加义务劳动的，停发其当年粮食补贴。";
      case PETITION_CLAUSE:
        return "村民不得越级上访。";
      case MARRIAGE_CLAUSE:
        return "本村女青年不得外嫁。";
      case WOMEN_CLAUSE:
        return "出嫁女不再享受集体收益分配。";
      default:
        return "索要天价彩礼的，按诈骗罪论处。";
    }
  }

  /** A mutable plan of a covenant and its meeting. */
  private static final class Plan {
    final String id;
    final CovenantKind kind;
    final String unitName;
    final List<Clause> clauses = new ArrayList<>();
    final MeetingPlan meeting;
    final LocalDate vote;
    boolean voted = true;
    String voteMeetingId;
    LocalDate solicited;
    LocalDate drafted;
    LocalDate submitted;
    LocalDate decided;
    boolean reviewed = true;
    ReviewResult reviewResult;
    LocalDate filed;
    FilingBody filingBody;
    LocalDate published;

    Plan(SplittableRandom random, LocalDate vote, CovenantDefect defect) {
      this.vote = vote;
      this.kind = random.nextBoolean() ? CovenantKind.VILLAGE_RULES : CovenantKind.RESIDENTS_CONVENTION;
      boolean village = kind.isVillage();
      this.id = "C-" + Long.toString(random.nextLong() & 0xffffffL, 36);
      this.unitName = new PlaceNames(random).next(village ? "村" : "社区");
      int number = 1;
      for (ContentArea area : ContentArea.values()) {
        String[] texts = CLAUSES.get(area);
        clauses.add(Clause.of(number++, texts[random.nextInt(texts.length)], area));
      }
      if (random.nextBoolean()) {
        clauses.add(Clause.sanction(number, SANCTION));
      }
      MeetingType type = village ? MeetingType.VILLAGERS_MEETING : MeetingType.RESIDENTS_MEETING;
      if (defect == CovenantDefect.WRONG_BODY) {
        type = village ? MeetingType.VILLAGER_GROUP_MEETING : MeetingType.VILLAGERS_MEETING;
      } else if (defect == CovenantDefect.DELEGATED) {
        type = village ? MeetingType.VILLAGER_REPRESENTATIVE_MEETING : MeetingType.RESIDENT_REPRESENTATIVE_MEETING;
      }
      this.meeting = MeetingPlan.valid(random, id + "-M", type, vote);
      this.meeting.unit = MeetingPlan.unitFor(village, random);
      this.meeting.resolutions.set(0, meeting.resolution(random, 1, "表决《" + title() + "》", id, false));
      this.voteMeetingId = meeting.id;
      this.decided = vote.minusDays(1 + random.nextInt(15));
      this.submitted = decided.minusDays(random.nextInt(11));
      this.drafted = submitted.minusDays(2 + random.nextInt(9));
      this.solicited = drafted.minusDays(5 + random.nextInt(16));
      this.reviewResult = random.nextBoolean() ? ReviewResult.APPROVED : ReviewResult.APPROVED_WITH_CHANGES;
      this.filed = vote.plusDays(1 + random.nextInt(10));
      this.filingBody = village ? FilingBody.TOWNSHIP_GOVERNMENT
          : random.nextBoolean() ? FilingBody.STREET_OFFICE : FilingBody.DISTRICT_GOVERNMENT;
      this.published = filed.plusDays(random.nextInt(11));
    }

    String title() {
      return unitName + (kind.isVillage() ? "村规民约" : "居民公约");
    }

    AdoptionCase build() {
      ImmutableAdoptionRecord.Builder record = AdoptionRecord.builder()
          .drafting(AdoptionStep.of(drafted, "草案文本"))
          .publication(AdoptionStep.of(published, kind.isVillage() ? "村务公开栏" : "居务公开栏"));
      if (solicited != null) {
        record.solicitation(AdoptionStep.of(solicited, "座谈会及入户征求意见记录"));
      }
      if (reviewed) {
        record.review(Review.of(submitted, kind.isVillage() ? ReviewBody.TOWNSHIP : ReviewBody.STREET, reviewResult,
            decided));
      }
      if (voted) {
        record.vote(AdoptionVote.of(vote, voteMeetingId, meeting.type, true));
      }
      if (filed != null) {
        record.filing(Filing.of(filed, filingBody));
      }
      ImmutableCovenant.Builder covenant = Covenant.builder().id(id).kind(kind).unit(meeting.unit).unitName(unitName)
          .title(title()).version(1).addAllClauses(clauses).adoption(record.build())
          .addStatusHistory(StatusChange.of(CovenantStatus.DRAFT, solicited != null ? solicited : drafted))
          .addStatusHistory(StatusChange.of(CovenantStatus.UNDER_REVIEW, submitted))
          .addStatusHistory(StatusChange.of(CovenantStatus.ADOPTED, vote));
      LocalDate inForce = published;
      if (filed != null) {
        covenant.addStatusHistory(StatusChange.of(CovenantStatus.FILED, filed));
        inForce = published.isBefore(filed) ? filed : published;
      }
      covenant.addStatusHistory(StatusChange.of(CovenantStatus.IN_FORCE, inForce));
      return AdoptionCase.of(covenant.build(), meeting.build());
    }
  }
}

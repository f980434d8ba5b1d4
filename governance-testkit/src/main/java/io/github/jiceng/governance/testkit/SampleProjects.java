package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.SampleContext.PROBLEM_RATE;
import static io.github.jiceng.governance.testkit.SampleContext.plant;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.Donation;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.FundraisingMethod;
import io.github.jiceng.governance.core.linkage.charity.FundraisingPlan;
import io.github.jiceng.governance.core.linkage.charity.ImmutableDisbursement;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingPlan;
import io.github.jiceng.governance.core.linkage.charity.ImmutableCommunityFund;
import io.github.jiceng.governance.core.linkage.project.Beneficiary;
import io.github.jiceng.governance.core.linkage.project.BeneficiaryGroup;
import io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject;
import io.github.jiceng.governance.core.linkage.project.ImmutableProjectStage;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableVolunteer;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerEngagement;
import io.github.jiceng.governance.core.linkage.worker.SocialWorker;
import io.github.jiceng.governance.core.territory.Village;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One linkage project of the sample district and the records it brings: its volunteers with their service records,
 * an engagement, a community fund, a fundraising campaign and the project itself, linking a village's committee, a
 * township's social-work service centre, a certified social worker of its station, the volunteers and the fund.
 */
final class SampleProjects {
  static final int VOLUNTEERS = 10;
  static final int RECORDS = 5;
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final LocalDate PROJECT_START = LocalDate.of(2025, 1, 6);
  private static final LocalDate CAMPAIGN_START = LocalDate.of(2024, 1, 1);
  private static final String[] ACTIVITIES = {"关爱探访", "助老服务", "四点半课堂", "环境整治", "邻里调解", "安全巡逻"};
  private static final List<String> VOLUNTEER_KINDS = List.of("star", "guardian");
  private static final List<String> RECORD_KINDS =
      List.of("mismatch", "exceed", "fields", "risk", "unregistered", "daily", "duplicate");
  private static final List<String> CAMPAIGN_KINDS = List.of("plan", "final");
  private static final List<String> PROJECT_KINDS = List.of("order", "need", "actor", "record");

  private final SampleContext context;
  private final SplittableRandom random;
  private final String id;

  private SampleProjects(SampleContext context, int i) {
    this.context = context;
    this.random = context.random(3, i);
    this.id = "P-" + i;
  }

  static void write(SampleContext context, SampleBase base, int i) {
    new SampleProjects(context, i).write(base, i);
  }

  private void write(SampleBase base, int i) {
    Village village = base.villages.get(random.nextInt(base.villages.size()));
    ActorRef committee = ActorRef.of(ActorType.COMMUNITY_COMMITTEE, SampleLinkage.committeeId(village));
    ActorRef centre = ActorRef.of(ActorType.SOCIAL_ORGANISATION, SampleLinkage.centreId(village.townshipCode()));
    List<SocialWorker> workers = base.certifiedWorkersOf(village.townshipCode());
    SocialWorker worker = workers.get(random.nextInt(workers.size()));
    ActorRef workerRef = ActorRef.of(ActorType.SOCIAL_WORKER, worker.id());

    LocalDate need = PROJECT_START.plusDays(random.nextInt(120));
    LocalDate design = need.plusDays(7 + random.nextInt(14));
    LocalDate implementation = design.plusDays(7 + random.nextInt(14));
    LocalDate funding = implementation.plusDays(random.nextInt(6));
    LocalDate volunteering = funding.plusDays(7 + random.nextInt(14));
    LocalDate evaluation = volunteering.plusDays(60 + random.nextInt(30));
    String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];

    List<ServiceRecord> records = new ArrayList<>();
    String firstVolunteer = null;
    for (int k = 1; k <= VOLUNTEERS; k++) {
      Volunteer volunteer = volunteer(i, k);
      firstVolunteer = firstVolunteer == null ? volunteer.volunteerNumber() : firstVolunteer;
      LocalDate day = volunteering.plusDays(random.nextInt(10));
      for (int r = 1; r <= RECORDS; r++) {
        ServiceRecord record = serviceRecord(id.replace("P-", "SR-") + "-" + k + "-" + r,
            volunteer.volunteerNumber(), centre, day, village.name(), activity);
        records.add(plantRecord(record, i, k));
        day = day.plusDays(1 + random.nextInt(7));
      }
    }
    BigDecimal hours = records.stream().filter(r -> r.projectId().isPresent()).map(ServiceRecord::hours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    records.forEach(r -> context.emit(SamplePart.LINKAGE, r));

    engagement(i, firstVolunteer, centre, volunteering);
    BigDecimal amount = BigDecimal.valueOf(5000 + random.nextInt(45_000)).setScale(2);
    ActorRef fund = fund(i, village, need, funding, amount);
    campaign(i, village, fund);

    BeneficiaryGroup group = BeneficiaryGroup.values()[random.nextInt(BeneficiaryGroup.values().length)];
    LinkageProject project = LinkageProject.builder()
        .id(id).name(village.name() + group.displayName(Locale.CHINA) + activity + "项目")
        .addVillageCodes(village.code()).claimsFiveSocietyLinkage(true)
        .addStages(ProjectStage.builder().kind(StageKind.NEED_DISCOVERY).actor(committee).start(need)
            .addEvidence("需求调研报告 " + need).build())
        .addStages(ProjectStage.builder().kind(StageKind.DESIGN).actor(workerRef).start(design)
            .addEvidence("项目设计书").build())
        .addStages(ProjectStage.of(StageKind.IMPLEMENTATION, centre, implementation))
        .addStages(ProjectStage.of(StageKind.FUNDING, fund, funding))
        .addStages(ProjectStage.of(StageKind.VOLUNTEER_PARTICIPATION,
            ActorRef.of(ActorType.VOLUNTEER, firstVolunteer), volunteering))
        .addStages(ProjectStage.of(StageKind.EVALUATION, committee, evaluation))
        .budget(amount.add(BigDecimal.valueOf(random.nextInt(5000))))
        .addFundings(ProjectFunding.of(fund, amount, funding))
        .addAllServiceRecordIds(records.stream().filter(r -> r.projectId().isPresent()).map(ServiceRecord::id)
            .collect(Collectors.toList()))
        .claimedVolunteerHours(hours)
        .addBeneficiaries(Beneficiary.of(group, 10 + random.nextInt(70)))
        .build();
    context.emit(SamplePart.LINKAGE, plantProject(project));
  }

  private Volunteer volunteer(int i, int k) {
    BigDecimal total = BigDecimal.valueOf(random.nextInt(20_000), 1);
    LocalDate registered = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1800));
    var builder = Volunteer.builder()
        .volunteerNumber(number(i, k)).name(SamplePeople.name(random))
        .dateOfBirth(registered.minusYears(19 + random.nextInt(50)).minusDays(random.nextInt(365)))
        .registeredOn(registered).totalHours(total);
    StarLevel.forHours(total).ifPresent(builder::starLevel);
    Volunteer volunteer = builder.build();
    if (plant(random, PROBLEM_RATE)) {
      if (context.nextKind(ProblemArea.LINKAGE, VOLUNTEER_KINDS).equals("star")) {
        volunteer = ImmutableVolunteer.copyOf(volunteer).withStarLevel(volunteer.starLevel()
            .map(s -> s == StarLevel.FIVE ? StarLevel.FOUR : StarLevel.values()[s.ordinal() + 1])
            .orElse(StarLevel.ONE));
        problem("volunteer", volunteer.volunteerNumber(), LinkageDefect.STAR_LEVEL,
            "志愿者星级与累计服务时长（" + total + "小时）不符", "star level does not match the " + total
                + " hours served");
      } else {
        volunteer = ImmutableVolunteer.copyOf(volunteer).withDateOfBirth(registered.minusYears(16));
        problem("volunteer", volunteer.volunteerNumber(), LinkageDefect.GUARDIAN_CONSENT_MISSING,
            "志愿者注册时年满16岁未满18岁，无监护人同意记录", "registered at 16 without a guardian's consent");
      }
    }
    context.emit(SamplePart.LINKAGE, volunteer);
    return volunteer;
  }

  static String number(int i, int k) {
    return "V500154-" + i + "-" + k;
  }

  private ServiceRecord serviceRecord(String recordId, String volunteer, ActorRef organiser, LocalDate day,
      String place, String activity) {
    LocalDateTime start = day.atTime(8 + random.nextInt(7), random.nextInt(4) * 15);
    int span = 60 + random.nextInt(181);
    int breaks = random.nextInt(Math.min(30, span - 30) + 1);
    return ServiceRecord.builder()
        .id(recordId).volunteerNumber(volunteer).activityName(activity).organiser(organiser).projectId(id)
        .start(start).end(start.plusMinutes(span)).breakMinutes(breaks)
        .hours(BigDecimal.valueOf(span - breaks).divide(SIXTY, 2, RoundingMode.HALF_UP))
        .place(place + "党群服务中心").recipients("辖区居民").content(activity).evaluation("良好")
        .activityLeader(SamplePeople.name(random)).recorder(SamplePeople.name(random))
        .build();
  }

  private ServiceRecord plantRecord(ServiceRecord record, int i, int k) {
    if (!plant(random, PROBLEM_RATE)) {
      return record;
    }
    String rid = record.id();
    switch (context.nextKind(ProblemArea.LINKAGE, RECORD_KINDS)) {
      case "mismatch":
        problem("volunteer-service-record", rid, LinkageDefect.HOURS_MISMATCH, "服务时长比起止时间扣除休息少一刻钟",
            "hours a quarter of an hour short of the span less breaks");
        return ImmutableServiceRecord.copyOf(record).withHours(record.hours().subtract(new BigDecimal("0.25")));
      case "exceed":
        problem("volunteer-service-record", rid, LinkageDefect.HOURS_EXCEED_SPAN, "服务时长比起止时间长一小时",
            "hours one hour longer than the span");
        return ImmutableServiceRecord.copyOf(record).withHours(BigDecimal.valueOf(record.spanMinutes())
            .divide(SIXTY, 2, RoundingMode.HALF_UP).add(BigDecimal.ONE));
      case "fields":
        problem("volunteer-service-record", rid, LinkageDefect.FIELDS_MISSING, "服务记录缺少服务评价",
            "service record without an evaluation");
        return ImmutableServiceRecord.copyOf(record).withEvaluation(Optional.empty());
      case "risk":
        problem("volunteer-service-record", rid, LinkageDefect.HIGH_RISK_UNINSURED, "高风险服务（防汛巡查）未购买保险",
            "high-risk service (flood patrol) without insurance");
        return ImmutableServiceRecord.copyOf(record).withActivityName("防汛巡查").withHighRisk(true);
      case "unregistered": {
        String typo = number(i, k).replace("V500154-", "V500145-"); // two digits swapped
        problem("volunteer-service-record", rid, LinkageDefect.VOLUNTEER_UNREGISTERED,
            "志愿者编号录入错误（" + typo + "），查无此注册志愿者", "volunteer number mistyped as " + typo
                + ", no such registered volunteer");
        return ImmutableServiceRecord.copyOf(record).withVolunteerNumber(typo);
      }
      case "duplicate":
        context.emit(SamplePart.LINKAGE, record);
        context.problem(ProblemArea.IDENTIFIERS, SamplePart.LINKAGE, "volunteer-service-record", rid,
            "json.duplicate-id", "同一条服务记录在导出文件中出现两次（编号 " + rid + "）",
            "the same service record exported twice (id " + rid + ")");
        return record;
      default: {
        int served = record.hours().multiply(SIXTY).intValue();
        int minutes = 780 - served;
        LocalDateTime start = record.date().atStartOfDay();
        ServiceRecord extra = ImmutableServiceRecord.copyOf(record).withId(rid + "-X").withProjectId(Optional.empty())
            .withActivityName("值班值守").withStart(start).withBreakMinutes(0).withEnd(start.plusMinutes(minutes))
            .withHours(BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP));
        context.emit(SamplePart.LINKAGE, extra);
        problem("volunteer-service-log", record.volunteerNumber(), LinkageDefect.DAILY_HOURS_HIGH,
            "同一志愿者 " + record.date() + " 记录服务13小时", "the volunteer is recorded for 13 hours on "
                + record.date());
        return record;
      }
    }
  }

  private void engagement(int i, String volunteer, ActorRef organiser, LocalDate start) {
    boolean agreed = random.nextBoolean();
    var builder = VolunteerEngagement.builder()
        .id("E-" + i).volunteerNumber(volunteer).organiser(organiser).startDate(start).fullTime(true);
    if (plant(random, PROBLEM_RATE * 3)) {
      builder.endDate(start.plusMonths(4));
      problem("volunteer-engagement", "E-" + i, LinkageDefect.WRITTEN_AGREEMENT_MISSING,
          "全日制志愿服务四个月，未签订书面协议", "four months of full-time volunteering without a written agreement");
    } else {
      builder.endDate(start.plusMonths(agreed ? 6 : 1));
      if (agreed) {
        builder.writtenAgreementOn(start.minusDays(3));
      }
    }
    context.emit(SamplePart.LINKAGE, builder.build());
  }

  private ActorRef fund(int i, Village village, LocalDate need, LocalDate funding, BigDecimal amount) {
    LocalDate established = need.minusDays(60 + random.nextInt(60));
    CommunityFund fund = CommunityFund.builder()
        .id("CF-" + i).name(village.name() + "社区慈善基金")
        .holder(ActorRef.of(ActorType.SOCIAL_ORGANISATION, SampleLinkage.CHARITY_ID))
        .addVillageCodes(village.code()).establishedOn(established)
        .addReceipts(Donation.of(established.plusDays(1 + random.nextInt(9)),
            amount.add(BigDecimal.valueOf(random.nextInt(10_000))), "爱心企业"))
        .addDisbursements(Disbursement.toProject(funding, amount, id, "项目资助"))
        .build();
    if (plant(random, PROBLEM_RATE * 3)) {
      List<Disbursement> disbursements = new ArrayList<>(fund.disbursements());
      disbursements.add(new ImmutableDisbursement.Builder().date(funding.plusDays(1))
          .amount(fund.balance().add(BigDecimal.ONE)).purpose("其他支出").build());
      fund = ImmutableCommunityFund.copyOf(fund).withDisbursements(disbursements);
      problem("community-fund", fund.id(), LinkageDefect.FUND_OVERSPENT, "社区基金支出超过余额",
          "the community fund paid out more than its balance");
    }
    context.emit(SamplePart.LINKAGE, fund);
    return ActorRef.of(ActorType.COMMUNITY_FUND, fund.id());
  }

  private void campaign(int i, Village village, ActorRef fund) {
    LocalDate start = CAMPAIGN_START.plusDays(random.nextInt(200));
    LocalDate end = start.plusMonths(9).minusDays(1);
    FundraisingCampaign campaign = FundraisingCampaign.builder()
        .id("CC-" + i).name(village.name() + "关爱募捐").organiser(fund).method(FundraisingMethod.PUBLIC)
        .start(start).end(end)
        .plan(FundraisingPlan.builder().purpose("资助社区关爱项目").area("开州区")
            .personInCharge(SamplePeople.name(random)).receivingMethods("银行转账").bankAccount("慈善会募捐专户")
            .beneficiaries("社区困难群众").use("社区项目").costs("不超过募集额的1%").surplusDisposal("用于同类项目").build())
        .addDisclosures(start.plusMonths(2), start.plusMonths(4), start.plusMonths(6), start.plusMonths(8),
            end.plusMonths(1))
        .build();
    if (plant(random, PROBLEM_RATE * 3)) {
      if (context.nextKind(ProblemArea.LINKAGE, CAMPAIGN_KINDS).equals("plan")) {
        campaign = ImmutableFundraisingCampaign.copyOf(campaign)
            .withPlan(ImmutableFundraisingPlan.copyOf(campaign.plan()).withCosts(Optional.empty()));
        problem("fundraising-campaign", campaign.id(), LinkageDefect.CAMPAIGN_PLAN_INCOMPLETE,
            "公开募捐方案未载明募捐成本", "the public fundraising plan does not state its costs");
      } else {
        List<LocalDate> disclosures = new ArrayList<>(campaign.disclosures());
        disclosures.remove(disclosures.size() - 1);
        campaign = ImmutableFundraisingCampaign.copyOf(campaign).withDisclosures(disclosures);
        problem("fundraising-campaign", campaign.id(), LinkageDefect.CAMPAIGN_FINAL_DISCLOSURE,
            "募捐活动结束后未全面公开募捐情况", "no full disclosure after the campaign ended");
      }
    }
    context.emit(SamplePart.LINKAGE, campaign);
  }

  private LinkageProject plantProject(LinkageProject project) {
    if (!plant(random, PROBLEM_RATE * 3)) {
      return project;
    }
    List<ProjectStage> stages = new ArrayList<>(project.stages());
    switch (context.nextKind(ProblemArea.LINKAGE, PROJECT_KINDS)) {
      case "order": {
        LocalDate design = project.stages(StageKind.DESIGN).get(0).start();
        stages.set(0, ImmutableProjectStage.copyOf(stages.get(0)).withStart(design.plusDays(1)));
        problem("linkage-project", id, LinkageDefect.STAGE_ORDER, "需求发现日期晚于项目设计日期",
            "need discovered a day after the design started");
        return ImmutableLinkageProject.copyOf(project).withStages(stages);
      }
      case "need":
        stages.set(0, ImmutableProjectStage.copyOf(stages.get(0)).withEvidence());
        problem("linkage-project", id, LinkageDefect.NEED_MISSING, "需求发现阶段没有任何佐证材料",
            "the need stage has no evidence");
        return ImmutableLinkageProject.copyOf(project).withStages(stages);
      case "actor":
        problem("linkage-project", id, LinkageDefect.ACTOR_MISSING, "参与主体 ORG-GHOST 不在数据中",
            "participant ORG-GHOST is not among the records");
        return ImmutableLinkageProject.copyOf(project)
            .withParticipants(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-GHOST"));
      default: {
        List<String> ids = new ArrayList<>(project.serviceRecordIds());
        ids.add(id.replace("P-", "SR-") + "-0-0");
        problem("linkage-project", id, LinkageDefect.SERVICE_RECORD_MISSING, "项目列出的服务记录 "
            + ids.get(ids.size() - 1) + " 不存在", "lists service record " + ids.get(ids.size() - 1)
            + ", which does not exist");
        return ImmutableLinkageProject.copyOf(project).withServiceRecordIds(ids);
      }
    }
  }

  private void problem(String type, String recordId, LinkageDefect defect, String chinese, String english) {
    context.problem(ProblemArea.LINKAGE, SamplePart.LINKAGE, type, recordId, defect.ruleId(), chinese, english);
  }
}

package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.LinkageDataset.Builder.replace;

import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.charity.Disbursement;
import io.github.jiceng.governance.core.linkage.charity.FoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.FundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.ImmutableCommunityFund;
import io.github.jiceng.governance.core.linkage.charity.ImmutableDisbursement;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFoundationAccounts;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingCampaign;
import io.github.jiceng.governance.core.linkage.charity.ImmutableFundraisingPlan;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.project.ImmutableLinkageProject;
import io.github.jiceng.governance.core.linkage.project.ImmutableProjectStage;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableVolunteer;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableVolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Plants one {@link LinkageDefect} in a consistent generated dataset, changing as little as possible so that exactly
 * one rule reports it.
 */
final class LinkageDefects {
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

  private LinkageDefects() {
  }

  static DefectiveLinkage plant(LinkageDataset.Builder data, LinkageDefect defect, SplittableRandom random) {
    int projects = data.projects.size();
    int j = random.nextInt(projects);
    int registered = 2 * random.nextInt((projects + 1) / 2); // project index of an odd-numbered project
    int filed = 1 + 2 * random.nextInt(projects / 2); // project index of an even-numbered project
    switch (defect) {
      case ORGANISATION_KIND_CODE:
        return organisation(data, registered + 1, defect, o -> ImmutableSocialOrganisation.copyOf(o)
            .withCreditCode(LinkageGenerators.creditCode("51", o.creditCode().orElseThrow().registrationDivision()
                .orElseThrow().ancestorAt(DivisionLevel.COUNTY), random)),
            "social service organisation with a 51 code");
      case FILED_WITH_CREDIT_CODE:
        return organisation(data, filed + 1, defect, o -> ImmutableSocialOrganisation.copyOf(o)
            .withCreditCode(LinkageGenerators.creditCode("52", data.committees.get(0).villageCode()
                .ancestorAt(DivisionLevel.COUNTY), random)),
            "filed organisation with a credit code");
      case LEGAL_STATUS:
        return organisation(data, filed + 1, defect,
            o -> ImmutableSocialOrganisation.copyOf(o).withLegalStatus(LegalStatus.LEGAL_PERSON),
            "filed organisation stated to be a legal person");
      case CREDIT_CODE_MISSING:
        return organisation(data, registered + 1, defect,
            o -> ImmutableSocialOrganisation.copyOf(o).withCreditCode(Optional.empty()), "no credit code");
      case QUALIFICATION_WITHOUT_CHARITY:
        return organisation(data, 0, defect,
            o -> ImmutableSocialOrganisation.copyOf(o).withCharityRecognisedOn(Optional.empty()),
            "qualified but not a charity");
      case QUALIFICATION_TOO_EARLY:
        return organisation(data, 0, defect, o -> ImmutableSocialOrganisation.copyOf(o).withCharityRecognisedOn(
            o.publicFundraising().orElseThrow().appliedOn().orElseThrow().minusYears(1)),
            // one year is too early under the 2016 law (two years) and, being the anniversary itself, under the 2023
            // law (one full year): the second anniversary gave no finding for applications from 2024-09-05
            "applied on the first anniversary of recognition");
      case LEVEL_UNKNOWN:
        replace(data.workers, j, w -> ImmutableSocialWorker.copyOf(w)
            .withQualifications(Qualification.of(QualificationLevel.SENIOR_SOCIAL_WORKER, "GJ-2018", 2018)));
        return of(data, defect, "social-worker", data.workers.get(j).id(), "senior certificate of 2018");
      case EMPLOYER_MISSING:
        replace(data.workers, j, w -> ImmutableSocialWorker.copyOf(w)
            .withEmployer(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-GONE")));
        return of(data, defect, "social-worker", data.workers.get(j).id(), "employer ORG-GONE does not exist");
      case HOURS_MISMATCH:
        return hoursMismatch(data, j, defect);
      case HOURS_EXCEED_SPAN:
        return record(data, j, defect, r -> ImmutableServiceRecord.copyOf(r).withHours(
            BigDecimal.valueOf(r.spanMinutes()).divide(SIXTY, 2, RoundingMode.HALF_UP).add(BigDecimal.ONE)),
            "one hour longer than the span");
      case FIELDS_MISSING:
        return record(data, j, defect, r -> ImmutableServiceRecord.copyOf(r).withEvaluation(Optional.empty()),
            "no evaluation");
      case HIGH_RISK_UNINSURED:
        return record(data, j, defect, r -> ImmutableServiceRecord.copyOf(r).withHighRisk(true),
            "high-risk without insurance");
      case VOLUNTEER_UNREGISTERED:
        return record(data, j, defect, r -> ImmutableServiceRecord.copyOf(r).withVolunteerNumber("V-UNREGISTERED"),
            "volunteer V-UNREGISTERED is not registered");
      case DAILY_HOURS_IMPOSSIBLE:
        return extraDay(data, j, defect, 1500, "more than 24 hours on one day");
      case DAILY_HOURS_HIGH:
        return extraDay(data, j, defect, 780, "about 13 hours on one day");
      case STAR_LEVEL:
        return volunteer(data, 2 * j, defect, v -> ImmutableVolunteer.copyOf(v).withStarLevel(v.starLevel()
            .map(s -> s == StarLevel.FIVE ? StarLevel.FOUR : StarLevel.values()[s.ordinal() + 1])
            .orElse(StarLevel.ONE)), "star level one off");
      case GUARDIAN_CONSENT_MISSING:
        return volunteer(data, 2 * j, defect, v -> ImmutableVolunteer.copyOf(v)
            .withDateOfBirth(v.registeredOn().minusYears(16)), "16 at registration, no consent");
      case WRITTEN_AGREEMENT_MISSING:
        replace(data.engagements, j, e -> ImmutableVolunteerEngagement.copyOf(e)
            .withWrittenAgreementOn(Optional.empty()).withEndDate(e.startDate().plusMonths(4)));
        return of(data, defect, "volunteer-engagement", data.engagements.get(j).id(), "four months full time");
      case CAMPAIGN_WITHOUT_QUALIFICATION:
        return campaign(data, j, defect, c -> ImmutableFundraisingCampaign.copyOf(c).withOrganiser(
            ActorRef.of(ActorType.COMMUNITY_COMMITTEE, data.committees.get(j).id())), "organised by a committee");
      case CAMPAIGN_PLAN_INCOMPLETE:
        return campaign(data, j, defect, c -> ImmutableFundraisingCampaign.copyOf(c)
            .withPlan(ImmutableFundraisingPlan.copyOf(c.plan()).withCosts(Optional.empty())), "plan without costs");
      case CAMPAIGN_DISCLOSURE_GAP:
        return campaign(data, j, defect, c -> withoutDisclosure(c, 1), "second disclosure removed");
      case CAMPAIGN_FINAL_DISCLOSURE:
        return campaign(data, j, defect, c -> withoutDisclosure(c, c.disclosures().size() - 1),
            "final disclosure removed");
      case FUND_OVERSPENT:
        replace(data.funds, j, f -> overspent(f));
        return of(data, defect, "community-fund", data.funds.get(j).id(), "extra disbursement beyond the balance");
      case FOUNDATION_SPENDING:
        return accounts(data, defect, a -> rebuild(a, true, a.previousYearIncome().orElseThrow()
            .multiply(BigDecimal.valueOf(60)).divide(BigDecimal.valueOf(100)), 2), "60% of income");
      case FOUNDATION_NON_PUBLIC_SPENDING:
        return accounts(data, defect, a -> {
          FoundationAccounts b = rebuild(a, false, a.charitableSpending(), 2);
          return ImmutableFoundationAccounts.copyOf(b)
              .withPreviousYearNetAssets(a.charitableSpending().multiply(BigDecimal.valueOf(20)));
        }, "5% of net assets");
      case FOUNDATION_MANAGEMENT_COSTS:
        return accounts(data, defect, a -> rebuild(a, true, a.charitableSpending(), 15), "management 13% of total");
      case STAGE_ACTOR:
        return stage(data, j, defect, StageKind.EVALUATION, s -> ImmutableProjectStage.copyOf(s).withActor(
            ActorRef.of(ActorType.VOLUNTEER, data.volunteers.get(2 * j).volunteerNumber())), "evaluated by a volunteer");
      case STAGE_ORDER: {
        LocalDate design = data.projects.get(j).stages(StageKind.DESIGN).get(0).start();
        return stage(data, j, defect, StageKind.NEED_DISCOVERY,
            s -> ImmutableProjectStage.copyOf(s).withStart(design.plusDays(1)), "need a day after the design");
      }
      case NEED_MISSING:
        return stage(data, j, defect, StageKind.NEED_DISCOVERY, s -> ImmutableProjectStage.copyOf(s).withEvidence(),
            "need without evidence");
      case DESIGN_MISSING:
        return project(data, j, defect, p -> ImmutableLinkageProject.copyOf(p)
            .withStages(without(p, StageKind.DESIGN))
            .withParticipants(p.stages(StageKind.DESIGN).get(0).actor()), "no design stage");
      case FIVE_ACTORS_MISSING:
        return project(data, j, defect, p -> ImmutableLinkageProject.copyOf(p)
            .withStages(without(p, StageKind.FUNDING)).withFundings(), "no charity resource");
      case FUNDING_SOURCE:
        return project(data, j, defect, p -> withFunding(p, ProjectFunding.of(ActorRef.of(ActorType.VOLUNTEER,
            data.volunteers.get(2 * j).volunteerNumber()), new BigDecimal("200.00"), p.stages().get(3).start())),
            "money from a volunteer");
      case ACTOR_MISSING:
        return project(data, j, defect, p -> ImmutableLinkageProject.copyOf(p)
            .withParticipants(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-GHOST")), "participant ORG-GHOST");
      case SERVICE_RECORD_MISSING:
        return project(data, j, defect, p -> {
          List<String> ids = new ArrayList<>(p.serviceRecordIds());
          ids.add("SR-GHOST");
          return ImmutableLinkageProject.copyOf(p).withServiceRecordIds(ids);
        }, "lists SR-GHOST");
      case HOURS_UNTRACED:
        return project(data, j, defect, p -> ImmutableLinkageProject.copyOf(p)
            .withClaimedVolunteerHours(p.claimedVolunteerHours().orElseThrow().add(BigDecimal.ONE)), "one hour too many");
      case FUNDING_UNTRACED:
        return project(data, j, defect, p -> {
          ProjectFunding f = p.fundings().get(0);
          return ImmutableLinkageProject.copyOf(p)
              .withFundings(ProjectFunding.of(f.source(), f.amount().add(BigDecimal.ONE), f.date()));
        }, "one yuan more than disbursed");
      default:
        throw new IllegalArgumentException("unknown defect " + defect);
    }
  }

  private static DefectiveLinkage of(LinkageDataset.Builder data, LinkageDefect defect, String type, String id,
      String what) {
    return DefectiveLinkage.of(data.build(), defect, type, id, type + " " + id + ": " + what);
  }

  private static DefectiveLinkage organisation(LinkageDataset.Builder data, int index, LinkageDefect defect,
      UnaryOperator<SocialOrganisation> change, String what) {
    replace(data.organisations, index, change);
    return of(data, defect, "social-organisation", data.organisations.get(index).id(), what);
  }

  private static int firstRecordOf(LinkageDataset.Builder data, int j) {
    String project = data.projects.get(j).id();
    for (int r = 0; r < data.serviceRecords.size(); r++) {
      if (data.serviceRecords.get(r).projectId().filter(project::equals).isPresent()) {
        return r;
      }
    }
    throw new IllegalStateException("project " + project + " has no service record");
  }

  private static DefectiveLinkage record(LinkageDataset.Builder data, int j, LinkageDefect defect,
      UnaryOperator<ServiceRecord> change, String what) {
    int r = firstRecordOf(data, j);
    replace(data.serviceRecords, r, change);
    return of(data, defect, "volunteer-service-record", data.serviceRecords.get(r).id(), what);
  }

  private static DefectiveLinkage hoursMismatch(LinkageDataset.Builder data, int j, LinkageDefect defect) {
    BigDecimal quarter = new BigDecimal("0.25");
    replace(data.projects, j, p -> ImmutableLinkageProject.copyOf(p)
        .withClaimedVolunteerHours(p.claimedVolunteerHours().orElseThrow().subtract(quarter)));
    return record(data, j, defect, r -> ImmutableServiceRecord.copyOf(r).withHours(r.hours().subtract(quarter)),
        "a quarter of an hour short");
  }

  /** Adds a record of {@code minutesOnDay} minus the volunteer's hours that day, on a day the volunteer served. */
  private static DefectiveLinkage extraDay(LinkageDataset.Builder data, int j, LinkageDefect defect, int minutesOnDay,
      String what) {
    ServiceRecord first = data.serviceRecords.get(firstRecordOf(data, j));
    int served = first.hours().multiply(SIXTY).intValue();
    int minutes = minutesOnDay - served;
    LocalDateTime start = first.date().atStartOfDay();
    data.serviceRecords.add(ImmutableServiceRecord.copyOf(first).withId(first.id() + "-X").withProjectId(
        Optional.empty()).withStart(start).withBreakMinutes(0).withEnd(start.plusMinutes(minutes))
        .withHours(BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP)));
    return of(data, defect, "volunteer-service-log", first.volunteerNumber(), what);
  }

  private static DefectiveLinkage volunteer(LinkageDataset.Builder data, int index, LinkageDefect defect,
      UnaryOperator<Volunteer> change, String what) {
    replace(data.volunteers, index, change);
    return of(data, defect, "volunteer", data.volunteers.get(index).volunteerNumber(), what);
  }

  private static DefectiveLinkage campaign(LinkageDataset.Builder data, int j, LinkageDefect defect,
      UnaryOperator<FundraisingCampaign> change, String what) {
    replace(data.campaigns, j, change);
    return of(data, defect, "fundraising-campaign", data.campaigns.get(j).id(), what);
  }

  private static FundraisingCampaign withoutDisclosure(FundraisingCampaign c, int index) {
    List<LocalDate> disclosures = new ArrayList<>(c.disclosures());
    disclosures.remove(index);
    return ImmutableFundraisingCampaign.copyOf(c).withDisclosures(disclosures);
  }

  private static CommunityFund overspent(CommunityFund f) {
    LocalDate last = f.disbursements().get(f.disbursements().size() - 1).date().plusDays(1);
    List<Disbursement> disbursements = new ArrayList<>(f.disbursements());
    disbursements.add(new ImmutableDisbursement.Builder()
        .date(last).amount(f.balance().add(BigDecimal.ONE)).purpose("其他支出").build());
    return ImmutableCommunityFund.copyOf(f).withDisbursements(disbursements);
  }

  private static DefectiveLinkage accounts(LinkageDataset.Builder data, LinkageDefect defect,
      UnaryOperator<FoundationAccounts> change, String what) {
    replace(data.accounts, 0, change);
    FoundationAccounts a = data.accounts.get(0);
    return of(data, defect, "foundation-accounts", a.organisationId() + "/" + a.year(), what);
  }

  /** Rebuilds accounts with a qualification, a charitable spending and management costs of a percentage of it. */
  private static FoundationAccounts rebuild(FoundationAccounts a, boolean qualified, BigDecimal charitable,
      int managementPercent) {
    BigDecimal management = charitable.multiply(BigDecimal.valueOf(managementPercent)).divide(BigDecimal.valueOf(100));
    return FoundationAccounts.builder().organisationId(a.organisationId()).year(a.year())
        .publicFundraisingQualified(qualified).charitableSpending(charitable).managementCosts(management)
        .totalSpending(charitable.add(management)).previousYearIncome(a.previousYearIncome().orElseThrow()).build();
  }

  private static DefectiveLinkage project(LinkageDataset.Builder data, int j, LinkageDefect defect,
      UnaryOperator<LinkageProject> change, String what) {
    replace(data.projects, j, change);
    return of(data, defect, "linkage-project", data.projects.get(j).id(), what);
  }

  private static DefectiveLinkage stage(LinkageDataset.Builder data, int j, LinkageDefect defect, StageKind kind,
      UnaryOperator<ProjectStage> change, String what) {
    return project(data, j, defect, p -> {
      List<ProjectStage> stages = new ArrayList<>(p.stages());
      for (int s = 0; s < stages.size(); s++) {
        if (stages.get(s).kind() == kind) {
          stages.set(s, change.apply(stages.get(s)));
          break;
        }
      }
      return ImmutableLinkageProject.copyOf(p).withStages(stages);
    }, what);
  }

  private static List<ProjectStage> without(LinkageProject p, StageKind kind) {
    List<ProjectStage> stages = new ArrayList<>(p.stages());
    stages.removeIf(s -> s.kind() == kind);
    return stages;
  }

  private static LinkageProject withFunding(LinkageProject p, ProjectFunding funding) {
    List<ProjectFunding> fundings = new ArrayList<>(p.fundings());
    fundings.add(funding);
    return ImmutableLinkageProject.copyOf(p).withFundings(fundings);
  }
}

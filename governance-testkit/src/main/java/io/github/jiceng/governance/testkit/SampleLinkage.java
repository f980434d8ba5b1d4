package io.github.jiceng.governance.testkit;

import static io.github.jiceng.governance.testkit.SampleContext.PROBLEM_RATE;
import static io.github.jiceng.governance.testkit.SampleContext.plant;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.Sex;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeKind;
import io.github.jiceng.governance.core.linkage.committee.CommitteeMember;
import io.github.jiceng.governance.core.linkage.committee.CommitteeRole;
import io.github.jiceng.governance.core.linkage.committee.CommunityCommittee;
import io.github.jiceng.governance.core.linkage.organisation.ImmutablePublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The five-society linkage part of the sample district: the fixed actors (a committee per village, a social-work
 * service centre per township, the charity that holds the community funds), then {@link SampleProjects} of projects
 * whose number grows with the scale.
 */
final class SampleLinkage {
  static final String CHARITY_ID = LinkageGenerators.CHARITY_ID;
  private static final LocalDate TERM_START = LocalDate.of(2021, 12, 1);
  private static final List<CommitteeDefect> COMMITTEE_DEFECTS = List.of(CommitteeDefect.WOMAN_MEMBER_MISSING,
      CommitteeDefect.SIZE_TOO_LARGE, CommitteeDefect.MINORITY_MEMBER_MISSING, CommitteeDefect.SIZE_TOO_SMALL,
      CommitteeDefect.TERM_TOO_LONG);
  private static final List<String> ORGANISATION_KINDS = List.of("kind-code", "code-missing", "duplicate");

  private SampleLinkage() {
  }

  static String committeeId(Village village) {
    return village.code().value() + (village.kind() == VillageKind.COMMUNITY ? "-RC" : "-VC");
  }

  static String centreId(DivisionCode township) {
    return "ORG-T" + township.value().substring(6, 9);
  }

  static void write(SampleContext context, SampleBase base) {
    SplittableRandom random = context.random(2, 0);
    PlaceNames names = new PlaceNames(random);
    context.emit(SamplePart.LINKAGE, charity(base.district, names, random));
    for (Village village : base.villages) {
      committee(context, village, random);
    }
    for (int t = 0; t < base.townships.size(); t++) {
      centre(context, base, base.townships.get(t), t % 8 == 3, random);
    }
    int projects = SampleDistrict.PROJECTS_PER_SCALE * context.scale;
    for (int i = 1; i <= projects; i++) {
      SampleProjects.write(context, base, i);
    }
  }

  private static SocialOrganisation charity(DivisionCode district, PlaceNames names, SplittableRandom random) {
    LocalDate recognised = LocalDate.of(2017, 3, 1).plusDays(random.nextInt(300));
    LocalDate applied = recognised.plusYears(2).plusDays(10 + random.nextInt(200));
    return SocialOrganisation.builder()
        .id(CHARITY_ID).name(names.next("慈善会")).kind(SocialOrganisationKind.SOCIAL_GROUP)
        .legalStatus(LegalStatus.LEGAL_PERSON).creditCode(LinkageGenerators.creditCode("51", district, random))
        .registeredOn(LocalDate.of(2005, 1, 1).plusDays(random.nextInt(1000)))
        .registeringAuthority("区民政局").registeringDivision(district)
        .charityRecognisedOn(recognised)
        .publicFundraising(new ImmutablePublicFundraisingQualification.Builder()
            .appliedOn(applied).grantedOn(applied.plusDays(15)).build())
        .build();
  }

  private static void committee(SampleContext context, Village village, SplittableRandom random) {
    CommitteeRole[] roles = {CommitteeRole.CHAIR, CommitteeRole.VICE_CHAIR, CommitteeRole.MEMBER, CommitteeRole.MEMBER,
        CommitteeRole.MEMBER};
    boolean community = village.kind() == VillageKind.COMMUNITY;
    var builder = CommunityCommittee.builder()
        .id(committeeId(village)).kind(community ? CommitteeKind.RESIDENTS_COMMITTEE : CommitteeKind.VILLAGERS_COMMITTEE)
        .name(village.name() + (community ? "居民委员会" : "村民委员会"))
        .villageCode(village.code()).termStart(TERM_START).termEnd(TERM_START.plusYears(5));
    for (int m = 0; m < roles.length; m++) {
      Sex sex = m == 0 || random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
      builder.addMembers(CommitteeMember.of(SamplePeople.name(random), roles[m], sex));
    }
    CommunityCommittee committee = builder.build();
    if (!plant(random, PROBLEM_RATE)) {
      context.emit(SamplePart.LINKAGE, committee);
      return;
    }
    CommitteeDefect defect = context.nextKind(ProblemArea.LINKAGE, COMMITTEE_DEFECTS);
    if (community && defect != CommitteeDefect.SIZE_TOO_LARGE && defect != CommitteeDefect.SIZE_TOO_SMALL) {
      // the woman, minority and (before 2026) term requirements are the villagers' committee's
      defect = defect == CommitteeDefect.MINORITY_MEMBER_MISSING ? CommitteeDefect.SIZE_TOO_SMALL
          : CommitteeDefect.SIZE_TOO_LARGE;
    }
    CommunityCommittee planted = CommitteeGenerators.plant(committee, defect, random);
    context.emit(SamplePart.LINKAGE, planted);
    context.problem(ProblemArea.LINKAGE, SamplePart.LINKAGE, "community-committee", committee.id(),
        SampleSelfGovernance.committeeRule(defect),
        committee.name() + "：" + defect.displayName(Locale.SIMPLIFIED_CHINESE),
        committee.name() + ": " + defect.displayName(Locale.ENGLISH));
  }

  /** Writes a township's social-work service centre; one in eight has a problem with its credit code. */
  private static void centre(SampleContext context, SampleBase base, Township township, boolean problem,
      SplittableRandom random) {
    String id = centreId(township.code());
    String name = township.name().replaceAll("(街道|镇|乡)$", "") + "社会工作服务中心";
    SocialOrganisation organisation = SocialOrganisation.builder()
        .id(id).name(name).kind(SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION)
        .legalStatus(LegalStatus.LEGAL_PERSON).creditCode(LinkageGenerators.creditCode("52", base.district, random))
        .registeredOn(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(2000))).registeringAuthority("区民政局")
        .registeringDivision(base.district).addServiceAreas(township.code()).build();
    if (!problem) {
      context.emit(SamplePart.LINKAGE, organisation);
      return;
    }
    switch (context.nextKind(ProblemArea.LINKAGE, ORGANISATION_KINDS)) {
      case "kind-code":
        context.emit(SamplePart.LINKAGE, ImmutableSocialOrganisation.copyOf(organisation)
            .withCreditCode(LinkageGenerators.creditCode("51", base.district, random)));
        context.problem(ProblemArea.LINKAGE, SamplePart.LINKAGE, "social-organisation", id,
            LinkageDefect.ORGANISATION_KIND_CODE.ruleId(), name + "为社会服务机构，信用代码却是社会团体代码（51）",
            name + " is a social service organisation with a social group's credit code (51)");
        break;
      case "code-missing":
        context.emit(SamplePart.LINKAGE, ImmutableSocialOrganisation.copyOf(organisation)
            .withCreditCode(Optional.empty()));
        context.problem(ProblemArea.LINKAGE, SamplePart.LINKAGE, "social-organisation", id,
            LinkageDefect.CREDIT_CODE_MISSING.ruleId(), name + "已登记但未填写统一社会信用代码",
            name + " is registered but its credit code is missing");
        break;
      default:
        context.emit(SamplePart.LINKAGE, organisation);
        context.emit(SamplePart.LINKAGE, organisation);
        context.problem(ProblemArea.IDENTIFIERS, SamplePart.LINKAGE, "social-organisation", id, "json.duplicate-id",
            name + "在导出文件中出现两次（编号 " + id + "）", name + " exported twice (id " + id + ")");
        break;
    }
  }
}

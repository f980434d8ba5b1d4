package io.github.jiceng.governance.rules.linkage;

import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.charity;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.creditCode;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.filedGroup;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.only;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.validate;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.with;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.worker;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.zhicheng;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.organisation.ImmutablePublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.ImmutableSocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.LegalStatus;
import io.github.jiceng.governance.core.linkage.organisation.PublicFundraisingQualification;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisation;
import io.github.jiceng.governance.core.linkage.organisation.SocialOrganisationKind;
import io.github.jiceng.governance.core.linkage.worker.ImmutableSocialWorker;
import io.github.jiceng.governance.core.linkage.worker.Qualification;
import io.github.jiceng.governance.core.linkage.worker.QualificationLevel;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Social organisations and social workers (the committee rules are in the meeting package). */
class ActorRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void kindMustAgreeWithTheCreditCodePrefix() {
    for (SocialOrganisationKind kind : List.of(SocialOrganisationKind.SOCIAL_GROUP,
        SocialOrganisationKind.SOCIAL_SERVICE_ORGANISATION, SocialOrganisationKind.FOUNDATION)) {
      for (String prefix : List.of("51", "52", "53", "91")) {
        SocialOrganisation organisation = ImmutableSocialOrganisation.copyOf(zhicheng()).withKind(kind)
            .withCreditCode(creditCode(prefix, "500154", "MJ0000A1"));
        boolean agrees = kind.creditCodeCategory().orElseThrow().prefix().equals(prefix);
        List<Finding> findings = validate(with(organisation)).findings();
        if (agrees) {
          assertThat(findings).as(kind + " " + prefix).isEmpty();
        } else {
          assertThat(findings).as(kind + " " + prefix).singleElement().satisfies(f -> {
            assertThat(f.code().value()).isEqualTo("linkage.organisation.kind-code-mismatch");
            assertThat(f.message(EN)).contains("starts with " + prefix + " instead of "
                + kind.creditCodeCategory().orElseThrow().prefix());
          });
        }
      }
    }
  }

  @Test
  void filedOrganisationHasNoCreditCodeAndIsNotALegalPerson() {
    SocialOrganisation withCode = ImmutableSocialOrganisation.copyOf(filedGroup())
        .withCreditCode(creditCode("52", "500154", "MJ0000H1"));
    Finding code = only(withCode);
    assertThat(code.code().value()).isEqualTo("linkage.organisation.filed-with-credit-code");
    assertThat(code.message(ZH)).startsWith("皓月社区文体协会为备案的社区社会组织");

    Finding person = only(ImmutableSocialOrganisation.copyOf(filedGroup()).withLegalStatus(LegalStatus.LEGAL_PERSON));
    assertThat(person.code().value()).isEqualTo("linkage.organisation.legal-status-mismatch");
    assertThat(person.message(EN)).isEqualTo(
        "皓月社区文体协会 is a filed community social organisation, but its record states the legal status"
            + " \"registered legal person\"");

    Finding registeredAsFiled = only(ImmutableSocialOrganisation.copyOf(zhicheng()).withLegalStatus(LegalStatus.FILED));
    assertThat(registeredAsFiled.code().value()).isEqualTo("linkage.organisation.legal-status-mismatch");
  }

  @Test
  void registeredOrganisationWithoutACodeIsAWarning() {
    Finding finding = only(ImmutableSocialOrganisation.copyOf(zhicheng()).withCreditCode(java.util.Optional.empty()));
    assertThat(finding.code().value()).isEqualTo("linkage.organisation.credit-code-missing");
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void onlyCharitiesHoldTheQualification() {
    SocialOrganisation notCharity = ImmutableSocialOrganisation.copyOf(charity())
        .withCharityRecognisedOn(java.util.Optional.empty());
    Finding finding = only(notCharity);
    assertThat(finding.code().value()).isEqualTo("linkage.organisation.qualification-without-charity-status");
    assertThat(finding.message(ZH)).contains("持有2019年7月1日取得的公开募捐资格");
  }

  private static SocialOrganisation applied(LocalDate recognised, LocalDate applied) {
    PublicFundraisingQualification qualification = new ImmutablePublicFundraisingQualification.Builder()
        .appliedOn(applied).grantedOn(applied.plusDays(20)).build();
    return ImmutableSocialOrganisation.copyOf(charity()).withCharityRecognisedOn(recognised)
        .withPublicFundraising(qualification);
  }

  @Test
  void qualificationNeedsTwoFullYearsBeforeAndOneFullYearFromTwentyTwentyFourSeptemberFifth() {
    // Applications made under the 2023 text: one full year, so the earliest day is the day after the anniversary.
    qt().forAll(integers().between(-40, 40)).checkAssert(offset -> {
      LocalDate recognised = LocalDate.of(2024, 3, 10);
      LocalDate applied = LocalDate.of(2025, 3, 11).plusDays(offset);
      boolean early = offset < 0;
      assertThat(LinkageFixtures.codes(validate(with(applied(recognised, applied))))
          .contains("linkage.organisation.qualification-too-early")).as("applied %s", applied).isEqualTo(early);
    });
    // Applications made under the 2016 text: two full years.
    qt().forAll(integers().between(-40, 40)).checkAssert(offset -> {
      LocalDate recognised = LocalDate.of(2020, 6, 15);
      LocalDate applied = LocalDate.of(2022, 6, 16).plusDays(offset);
      assertThat(LinkageFixtures.codes(validate(with(applied(recognised, applied))))
          .contains("linkage.organisation.qualification-too-early")).as("applied %s", applied).isEqualTo(offset < 0);
    });
  }

  @Test
  void theLawOfTheApplicationDayDecidesTheYears() {
    LocalDate recognised = LocalDate.of(2023, 6, 1);
    assertThat(validate(with(applied(recognised, LocalDate.of(2024, 9, 5)))).findings()).isEmpty();
    Finding before = only(applied(recognised, LocalDate.of(2024, 9, 4)));
    assertThat(before.code().value()).isEqualTo("linkage.organisation.qualification-too-early");
    assertThat(before.attribute("years")).contains("2");
    assertThat(before.attribute("earliest")).contains("2025-06-02");
    assertThat(before.location().pointer().toString()).isEqualTo("/publicFundraising/appliedOn");
    assertThat(before.message(ZH)).contains("当时法律要求满2年，最早可于2025年6月2日申请");
  }

  @Test
  void certificateLevelMustHaveBeenAwardedInItsYear() {
    qt().forAll(integers().between(2000, 2030)).checkAssert(year -> {
      for (QualificationLevel level : QualificationLevel.values()) {
        var worker = ImmutableSocialWorker.copyOf(worker())
            .withQualifications(Qualification.of(level, "C-" + year, year));
        boolean known = year >= level.firstAwardYear() && year <= 2026;
        assertThat(LinkageFixtures.codes(validate(with(worker))).contains("linkage.worker.level-unknown"))
            .as("%s %d", level, year).isEqualTo(!known);
      }
    });
    Finding senior = only(ImmutableSocialWorker.copyOf(worker())
        .withQualifications(Qualification.of(QualificationLevel.SENIOR_SOCIAL_WORKER, "GJ-2018-1", 2018)));
    assertThat(senior.location().pointer().toString()).isEqualTo("/qualifications/0/year");
    assertThat(senior.message(ZH)).isEqualTo(
        "社会工作者SW-001：证书GJ-2018-1的年份为2018年，但“高级社会工作师”仅在2019年至2026年间评定");
  }

  @Test
  void employerMustBeAmongTheRecordsWhenTheLookupHoldsItsType() {
    var elsewhere = ImmutableSocialWorker.copyOf(worker())
        .withEmployer(ActorRef.of(ActorType.SOCIAL_ORGANISATION, "ORG-NONE"));
    Finding finding = only(elsewhere);
    assertThat(finding.code().value()).isEqualTo("linkage.worker.employer-missing");
    assertThat(finding.message(EN)).isEqualTo(
        "Social worker SW-001 is employed by social-organisation:ORG-NONE (social organisation), which is not among"
            + " the records");

    var atStation = ImmutableSocialWorker.copyOf(worker())
        .withEmployer(ActorRef.of(ActorType.SOCIAL_WORK_STATION, "ST-500154101"));
    assertThat(validate(with(atStation)).findings()).as("no station records: cannot know").isEmpty();
  }
}

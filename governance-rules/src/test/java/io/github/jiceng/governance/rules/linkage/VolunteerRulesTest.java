package io.github.jiceng.governance.rules.linkage;

import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.codes;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.engagement;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.only;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.record1;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.serviceRecordBuilder;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.validate;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.volunteer;
import static io.github.jiceng.governance.rules.linkage.LinkageFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.linkage.volunteer.EngagementCircumstance;
import io.github.jiceng.governance.core.linkage.volunteer.GuardianConsent;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableVolunteer;
import io.github.jiceng.governance.core.linkage.volunteer.ImmutableVolunteerEngagement;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.StarLevel;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.core.linkage.volunteer.VolunteerServiceLog;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Service records, volunteers' logs, star levels and the Chongqing volunteer rules. */
class VolunteerRulesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;
  private static final LocalDateTime NINE = LocalDateTime.of(2026, 6, 6, 9, 0);

  /** A record of the dataset's volunteer outside any project, whose log is not part of the dataset. */
  private static ServiceRecord record(int spanMinutes, int breaks, String hours) {
    return serviceRecordBuilder().id("SR-X").start(NINE).end(NINE.plusMinutes(spanMinutes)).breakMinutes(breaks)
        .hours(new BigDecimal(hours)).build();
  }

  @Test
  void hoursAreTheSpanLessBreaksExactlyOrRoundedToTwoDecimals() {
    qt().forAll(integers().between(1, 600), integers().between(0, 120), integers().between(-3, 3))
        .checkAssert((span, breaks, centsOff) -> {
          BigDecimal expected = BigDecimal.valueOf(span - breaks).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
          BigDecimal hours = expected.add(BigDecimal.valueOf(centsOff, 2));
          if (hours.signum() < 0 || hours.multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(span)) > 0
              && hours.compareTo(BigDecimal.valueOf(span).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)) > 0) {
            return; // negative hours are rejected; longer than the span is the other rule
          }
          Set<String> codes = codes(validate(with(record(span, breaks, hours.toPlainString()))));
          assertThat(codes.contains("linkage.service.hours-mismatch")).as("%d-%d min as %s h", span, breaks, hours)
              .isEqualTo(centsOff != 0);
        });
  }

  @Test
  void exactQuarterHoursAndRoundedThirdsBothAgree() {
    assertThat(validate(with(record(90, 0, "1.5"))).findings()).isEmpty();
    assertThat(validate(with(record(90, 0, "1.50"))).findings()).isEmpty();
    assertThat(validate(with(record(100, 0, "1.67"))).findings()).isEmpty();
    assertThat(only(record(100, 0, "1.7")).code().value()).isEqualTo("linkage.service.hours-exceed-span");
    Finding finding = only(record(100, 0, "1.6"));
    assertThat(finding.code().value()).isEqualTo("linkage.service.hours-mismatch");
    assertThat(finding.message(EN)).isEqualTo(
        "Service record SR-X records 1.6 h, but 100 minutes less 0 minutes of breaks give 1.67 h");
  }

  @Test
  void hoursNeverExceedTheSpanAndThatIsTheOnlyFinding() {
    qt().forAll(integers().between(1, 600), integers().between(-5, 5)).checkAssert((span, minutesOff) -> {
      int claimedMinutes = span + minutesOff;
      if (claimedMinutes < 0) {
        return;
      }
      BigDecimal hours = BigDecimal.valueOf(claimedMinutes).divide(BigDecimal.valueOf(60), 6, RoundingMode.DOWN);
      boolean longer = hours.multiply(BigDecimal.valueOf(60)).compareTo(BigDecimal.valueOf(span)) > 0
          && hours.compareTo(BigDecimal.valueOf(span).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)) > 0;
      Set<String> codes = codes(validate(with(record(span, 0, hours.toPlainString()))));
      assertThat(codes.contains("linkage.service.hours-exceed-span")).isEqualTo(longer);
      if (longer) {
        assertThat(codes).doesNotContain("linkage.service.hours-mismatch");
      }
    });
    Finding finding = only(record(60, 0, "1.25"));
    assertThat(finding.message(ZH)).isEqualTo(
        "志愿服务记录SR-X记载服务1.25小时，但从2026-06-06T09:00至2026-06-06T10:00仅有1.00小时");
  }

  @Test
  void missingFieldsAreListedInBothLanguages() {
    ServiceRecord sparse = ImmutableServiceRecord.copyOf(record(60, 0, "1"))
        .withEvaluation(java.util.Optional.empty()).withRecorder("  ");
    Finding finding = only(sparse);
    assertThat(finding.code().value()).isEqualTo("linkage.service.fields-missing");
    assertThat(finding.message(ZH)).isEqualTo("志愿服务记录SR-X缺少2项应记录的信息：服务质量评价、记录人");
    assertThat(finding.message(EN)).isEqualTo("Service record SR-X lacks 2 required field(s): quality evaluation, recorder");
    assertThat(finding.attribute("missing")).contains("[EVALUATION, RECORDER]");
    assertThat(finding.location().pointer().toString()).isEmpty();

    Finding one = only(ImmutableServiceRecord.copyOf(record(60, 0, "1")).withPlace(java.util.Optional.empty()));
    assertThat(one.location().pointer().toString()).isEqualTo("/place");
  }

  @Test
  void highRiskServiceNeedsInsurance() {
    ImmutableServiceRecord risky = ImmutableServiceRecord.copyOf(record(60, 0, "1")).withHighRisk(true);
    Finding finding = only(risky);
    assertThat(finding.code().value()).isEqualTo("linkage.service.high-risk-uninsured");
    assertThat(finding.message(ZH)).contains("（留守儿童安全教育，2026年6月6日）为可能发生人身危险的活动");
    assertThat(validate(with(risky.withInsurancePolicy("PICC-2026-001"))).findings()).isEmpty();
  }

  @Test
  void serviceRecordsComeFromVolunteersRegisteredByTheServiceDay() {
    ServiceRecord stranger = ImmutableServiceRecord.copyOf(record(60, 0, "1")).withVolunteerNumber("V500154-9999");
    Finding finding = only(stranger);
    assertThat(finding.code().value()).isEqualTo("linkage.service.volunteer-unregistered");
    assertThat(finding.message(EN)).endsWith("who was not a registered volunteer on that day (registered: —)");

    Volunteer late = ImmutableVolunteer.copyOf(volunteer()).withRegisteredOn(LocalDate.of(2026, 6, 7));
    List<Finding> findings = validate(with(late, record(60, 0, "1"))).forCode("linkage.service.volunteer-unregistered");
    assertThat(findings).extracting(f -> f.subject().id().orElseThrow())
        .containsExactlyInAnyOrder("SR-X", "SR-1", "SR-2");
    Volunteer sameDay = ImmutableVolunteer.copyOf(volunteer()).withRegisteredOn(LocalDate.of(2026, 5, 9));
    assertThat(validate(with(sameDay)).findings()).isEmpty();
  }

  private static VolunteerServiceLog logWithHours(String... hours) {
    List<ServiceRecord> records = new ArrayList<>();
    LocalDateTime start = LocalDateTime.of(2026, 6, 6, 0, 0);
    for (int i = 0; i < hours.length; i++) {
      BigDecimal h = new BigDecimal(hours[i]);
      LocalDateTime from = start.plusMinutes(i);
      records.add(serviceRecordBuilder().id("L-" + i).start(from)
          .end(from.plusMinutes(h.multiply(BigDecimal.valueOf(60)).longValueExact())).hours(h).build());
    }
    return VolunteerServiceLog.of(volunteer().volunteerNumber(), records);
  }

  @Test
  void moreThanTwelveHoursOnADayIsAWarningAndMoreThanTwentyFourAnError() {
    qt().forAll(integers().between(1, 40), integers().between(1, 40)).checkAssert((a, b) -> {
      VolunteerServiceLog log = logWithHours(a + ".5", b + ".0");
      BigDecimal total = new BigDecimal(a + ".5").add(new BigDecimal(b + ".0"));
      Set<String> codes = codes(validate(StandardPacks.national(), List.of(log)));
      assertThat(codes.contains("linkage.volunteer.daily-hours-impossible"))
          .isEqualTo(total.compareTo(BigDecimal.valueOf(24)) > 0);
      assertThat(codes.contains("linkage.volunteer.daily-hours-high")).isEqualTo(
          total.compareTo(BigDecimal.valueOf(12)) > 0 && total.compareTo(BigDecimal.valueOf(24)) <= 0);
    });
    assertThat(validate(StandardPacks.national(), List.of(logWithHours("12"))).findings()).isEmpty();
    assertThat(validate(StandardPacks.national(), List.of(logWithHours("24"))).findings())
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    Finding impossible = validate(StandardPacks.national(), List.of(logWithHours("20", "4.25"))).findings().get(0);
    assertThat(impossible.message(EN)).isEqualTo(
        "Volunteer V500154-0001 has 24.25 h of service recorded on 2026-06-06, more than a day has (records L-0, L-1)");
    assertThat(impossible.subject().type()).isEqualTo("volunteer-service-log");
  }

  @Test
  void thePlausibleDailyHoursAreAPackParameter() {
    RulePack strict = RulePack.builder("cn.test", "1", "500154").parent(StandardPacks.national())
        .parameter(DailyHoursHighRule.MAXIMUM_PLAUSIBLE_HOURS, 8, ValidityPeriod.always(), "test").build();
    assertThat(codes(validate(strict, List.of(logWithHours("9"))))).containsExactly("linkage.volunteer.daily-hours-high");
    assertThat(validate(strict, List.of(logWithHours("8"))).findings()).isEmpty();
  }

  @Test
  void starLevelsFollowCumulativeHoursFromOneHundredInclusive() {
    int[] thresholds = {100, 300, 600, 1000, 1500};
    qt().forAll(integers().between(0, 1600)).checkAssert(hours -> {
      int expectedStars = 0;
      for (int t : thresholds) {
        expectedStars += hours >= t ? 1 : 0;
      }
      for (StarLevel stated : StarLevel.values()) {
        Volunteer v = ImmutableVolunteer.copyOf(volunteer()).withStarLevel(stated).withTotalHours(BigDecimal.valueOf(hours));
        assertThat(codes(validate(with(v))).contains("linkage.volunteer.star-level-mismatch"))
            .as("%d h rated %s", hours, stated).isEqualTo(stated.stars() != expectedStars);
      }
    });
    Finding finding = only(ImmutableVolunteer.copyOf(volunteer()).withStarLevel(StarLevel.TWO));
    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    assertThat(finding.message(ZH)).isEqualTo("志愿者V500154-0001评定为二星，累计服务120.5小时，应为一星");
    Finding none = only(ImmutableVolunteer.copyOf(volunteer()).withTotalHours(new BigDecimal("99.9")));
    assertThat(none.message(EN)).isEqualTo("Volunteer V500154-0001 is rated 1 star with 99.9 cumulative hours, which give —");
  }

  private static Volunteer minor(LocalDate born) {
    return ImmutableVolunteer.copyOf(volunteer()).withDateOfBirth(born).withStarLevel(java.util.Optional.empty());
  }

  @Test
  void minorsNeedAGuardiansConsentInChongqingOnly() {
    LocalDate registered = volunteer().registeredOn();
    qt().forAll(integers().between(-5, 5)).checkAssert(days -> {
      Volunteer v = minor(registered.minusYears(18).plusDays(days));
      boolean minor = days > 0;
      assertThat(codes(validate(with(v))).contains("linkage.volunteer.guardian-consent-missing")).isEqualTo(minor);
      assertThat(validate(StandardPacks.national(), with(v)).findings()).isEmpty();
    });
    Volunteer fifteen = minor(LocalDate.of(2007, 1, 1));
    Finding finding = only(fifteen);
    assertThat(finding.message(ZH)).isEqualTo("志愿者V500154-0001于2022年3月5日注册时15周岁，但没有监护人同意的记录");
    assertThat(finding.legalBases()).singleElement()
        .satisfies(b -> assertThat(b.instrument()).isEqualTo("重庆市志愿服务条例"));
    Volunteer consented = ImmutableVolunteer.copyOf(fifteen)
        .withGuardianConsent(GuardianConsent.of("陈丽", "母亲", LocalDate.of(2022, 3, 1)));
    assertThat(validate(with(consented)).findings()).isEmpty();
    assertThat(consented.toString()).doesNotContain("陈丽").doesNotContain("陈明");
  }

  @Test
  void fullTimeServiceOfThreeMonthsOrMoreNeedsAWrittenAgreementInChongqing() {
    qt().forAll(integers().between(-3, 3)).checkAssert(days -> {
      var e = ImmutableVolunteerEngagement.copyOf(engagement()).withEndDate(LocalDate.of(2026, 7, 31).plusDays(days));
      assertThat(codes(validate(with(e))).contains("linkage.engagement.written-agreement-missing"))
          .as("to %s", e.endDate().orElseThrow()).isEqualTo(days >= 0);
      assertThat(validate(StandardPacks.national(), with(e)).findings()).isEmpty();
    });
    var open = ImmutableVolunteerEngagement.copyOf(engagement()).withEndDate(java.util.Optional.empty());
    Finding finding = only(open);
    assertThat(finding.message(ZH)).isEqualTo(
        "志愿者V500154-0001的志愿服务安排E-1应当签订书面协议（全日制连续服务三个月以上），但没有协议记录");
    var abroad = ImmutableVolunteerEngagement.copyOf(engagement())
        .withCircumstances(EngagementCircumstance.OUTSIDE_CHONGQING, EngagementCircumstance.HIGH_RISK);
    assertThat(only(abroad).message(EN)).contains("(considerable risk, outside Chongqing)");
    assertThat(validate(with(abroad.withWrittenAgreementOn(LocalDate.of(2026, 4, 28)))).findings()).isEmpty();
    var partTime = ImmutableVolunteerEngagement.copyOf(open).withFullTime(false);
    assertThat(validate(with(partTime)).findings()).isEmpty();
  }

  @Test
  void theDatasetsFirstRecordIsValidAsABaseline() {
    assertThat(validate(with(record1())).findings()).isEmpty();
  }
}

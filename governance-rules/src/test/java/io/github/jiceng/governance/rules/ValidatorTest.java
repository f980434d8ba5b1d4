package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.testing.BrokenRule;
import io.github.jiceng.governance.rules.testing.Clause;
import io.github.jiceng.governance.rules.testing.ImmutableMeeting;
import io.github.jiceng.governance.rules.testing.Meeting;
import io.github.jiceng.governance.rules.testing.TestPacks;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void ruleFindingCarriesEverything() {
    Meeting meeting = Meeting.valid("M1").withAttendance(45).withEligible(100);
    ValidationReport report = Fixtures.meetings(TestPacks.chongqing()).build().validate(meeting);

    assertThat(report.findings()).singleElement().satisfies(f -> {
      assertThat(f.code().value()).isEqualTo("meeting.quorum.not-met");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.subject()).isEqualTo(Subject.of("meeting", "M1"));
      assertThat(f.location().pointer().toString()).isEqualTo("/attendance");
      assertThat(f.message(EN)).isEqualTo("Attendance 45 of 100 eligible villagers is not more than half");
      assertThat(f.message(ZH)).isEqualTo("应到100人，实到45人，未过半数");
      assertThat(f.attributes()).containsEntry("attendance", "45").containsEntry("eligible", "100").hasSize(2);
      assertThat(f.legalBases()).extracting(LegalBasis::instrument).containsExactly("中华人民共和国村民委员会组织法");
      assertThat(f.packId()).contains("cn.chongqing");
      assertThat(f.packVersion()).contains("2026.1");
    });
    assertThat(report.hasErrors()).isTrue();
  }

  @Test
  void exactlyHalfIsNotAMajority() {
    Validator validator = Fixtures.meetings(TestPacks.national()).build();
    assertThat(validator.validate(Meeting.valid("M").withAttendance(50).withEligible(100)).forCode(
        "meeting.quorum.not-met")).hasSize(1);
    assertThat(validator.validate(Meeting.valid("M").withAttendance(51).withEligible(100)).findings()).isEmpty();
    assertThat(validator.validate(Meeting.valid("M").withAttendance(51).withEligible(101)).findings()).isEmpty();
  }

  @Test
  void severityOverrideAppliesToFindings() {
    Meeting manyClauses = Meeting.valid("M2")
        .withClauses(Clause.of("一"), Clause.of("二"), Clause.of("三"), Clause.of("四"));
    Finding national = single(Fixtures.meetings(TestPacks.national()).build().validate(manyClauses));
    assertThat(national.severity()).isEqualTo(Severity.WARNING);
    assertThat(national.attributes()).containsEntry("count", "4").containsEntry("maximum", "3");
    // Chongqing raises it to an error but also allows 5 clauses from 2026: a 2026 meeting with 4 is fine.
    assertThat(Fixtures.meetings(TestPacks.chongqing()).build().validate(manyClauses).findings()).isEmpty();
    Meeting in2025 = ImmutableMeeting.copyOf(manyClauses).withId("M3").withDate(LocalDate.of(2025, 6, 1));
    Finding chongqing = single(Fixtures.meetings(TestPacks.chongqing()).build().validate(in2025));
    assertThat(chongqing.severity()).isEqualTo(Severity.ERROR);
    assertThat(single(Fixtures.meetings(TestPacks.district()).build().validate(in2025)).severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void disabledRuleProducesNothing() {
    Meeting untagged = Meeting.valid("M4").withTags();
    assertThat(single(Fixtures.meetings(TestPacks.chongqing()).build().validate(untagged)).code().value())
        .isEqualTo("meeting.tags.missing");
    assertThat(Fixtures.meetings(TestPacks.district()).build().validate(untagged).findings()).isEmpty();
  }

  @Test
  void recordDatePicksTheLawInForce() {
    Validator validator = Fixtures.meetings(TestPacks.national()).build();
    Meeting in2005 = Meeting.valid("M5").withAttendance(40).withDate(LocalDate.of(2005, 5, 1));
    assertThat(single(validator.validate(in2005)).code().value()).isEqualTo("meeting.quorum.legacy-not-met");
    Meeting in2011 = Meeting.valid("M6").withAttendance(40).withDate(LocalDate.of(2011, 5, 1));
    assertThat(single(validator.validate(in2011)).code().value()).isEqualTo("meeting.quorum.not-met");
  }

  @Test
  void asOfDateOverridesTheRecordDate() {
    Meeting in2005 = Meeting.valid("M7").withAttendance(40).withDate(LocalDate.of(2005, 5, 1));
    Validator validator = Fixtures.meetings(TestPacks.national()).asOf(LocalDate.of(2026, 1, 1)).build();
    assertThat(single(validator.validate(in2005)).code().value()).isEqualTo("meeting.quorum.not-met");
    assertThat(validator.evaluationDateOf(in2005)).isEqualTo(LocalDate.of(2026, 1, 1));
  }

  @Test
  void withoutRecordDateTodayApplies() {
    Validator validator = Validator.builder(TestPacks.national()).clock(Fixtures.CLOCK).build();
    assertThat(validator.evaluationDateOf(Meeting.valid("M8"))).isEqualTo(Fixtures.TODAY);
  }

  @Test
  void missingMessageArgumentFailsFastInStrictMode() {
    RulePack pack = RulePack.builder("test", "1", "100000").rules(new BrokenRule()).build();
    assertThatThrownBy(() -> Fixtures.meetings(pack).build().validate(Meeting.valid("M9")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{expected}");
  }

  @Test
  void failingRuleBecomesAnEngineFindingByDefault() {
    RulePack pack = RulePack.builder("test", "1", "100000").rules(new BrokenRule()).build();
    ValidationReport report = Fixtures.meetings(pack).rethrowRuleFailures(false).build()
        .validate(Meeting.valid("M9"));
    Finding failure = single(report);
    assertThat(failure.code().value()).isEqualTo("engine.rule.failed");
    assertThat(failure.severity()).isEqualTo(Severity.ERROR);
    assertThat(failure.attributes()).containsEntry("rule", "meeting.broken.missing-argument")
        .containsEntry("exception", IllegalArgumentException.class.getName());
    assertThat(failure.message(ZH)).contains("meeting.broken.missing-argument");
  }

  @Test
  void packOutsideItsValidityIsReported() {
    RulePack pack = RulePack.builder("test", "1", "100000")
        .validity(ValidityPeriod.from(LocalDate.of(2027, 1, 1))).build();
    Finding warning = single(Fixtures.meetings(pack).build().validate(Meeting.valid("M10")));
    assertThat(warning.code().value()).isEqualTo("engine.pack.not-in-force");
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.message(EN)).contains("2026-03-01").contains("[2027-01-01, ...)");
  }

  @Test
  void personalDataIsMaskedUnlessRevealed() {
    Meeting meeting = Meeting.valid("M11").withContactPhone("1381234567");
    Finding masked = single(Fixtures.meetings(TestPacks.national()).build().validate(meeting));
    assertThat(masked.message(EN)).contains("1********7").doesNotContain("1381234567");
    assertThat(masked.message(ZH)).contains("1********7").contains("2026年3月1日");
    assertThat(masked.attributes()).containsEntry("phone", "1********7").containsEntry("date", "2026-03-01");
    assertThat(masked.toString()).doesNotContain("1381234567");
    Finding clear = single(Fixtures.meetings(TestPacks.national()).revealPersonalData(true).build().validate(meeting));
    assertThat(clear.message(EN)).contains("1381234567");
    assertThat(clear.attributes()).containsEntry("phone", "1381234567");
  }

  @Test
  void defaultSubjectIsTheKebabCaseTypeWithoutId() {
    Validator validator = Validator.builder(TestPacks.national()).clock(Fixtures.CLOCK).build();
    assertThat(validator.subjectOf(Meeting.valid("M12"))).isEqualTo(Subject.ofType("meeting"));
    assertThat(RecordAccessors.defaultTypeName(SocialWorkStation.class)).isEqualTo("social-work-station");
    assertThat(RecordAccessors.defaultTypeName(HTTPServer.class)).isEqualTo("http-server");
  }

  @Test
  void rulesRunOnlyOnTheirSubjectType() {
    ValidationReport report = Fixtures.meetings(TestPacks.national()).build().validate(new SocialWorkStation());
    assertThat(report.findings()).isEmpty();
    assertThat(report.recordCount()).isEqualTo(1);
  }

  private static Finding single(ValidationReport report) {
    assertThat(report.findings()).hasSize(1);
    return report.findings().get(0);
  }

  /** A record type without rules or constraints. */
  static final class SocialWorkStation {}

  /** A name with an acronym. */
  static final class HTTPServer {}
}

package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.testing.Clause;
import io.github.jiceng.governance.rules.testing.Meeting;
import io.github.jiceng.governance.rules.testing.TestPacks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaiverAndReportTest {
  private static final Meeting NO_QUORUM = Meeting.valid("M1").withAttendance(30);
  private static final Meeting NO_QUORUM_2 = Meeting.valid("M2").withAttendance(30);

  @Test
  void waiverForSubjectSuppressesOnlyThatRecord() {
    Waiver waiver = Waiver.forSubject("meeting.quorum.not-met", Subject.of("meeting", "M1"), "补开会议已通过");
    ValidationReport report = Fixtures.meetings(TestPacks.national()).waivers(List.of(waiver)).build()
        .validate(List.of(NO_QUORUM, NO_QUORUM_2));
    assertThat(report.findings()).extracting(f -> f.subject().id().orElseThrow()).containsExactly("M2");
    assertThat(report.suppressed()).singleElement().satisfies(s -> {
      assertThat(s.finding().subject().id()).contains("M1");
      assertThat(s.waiver()).isEqualTo(waiver);
      assertThat(s.waiver().reason()).isEqualTo("补开会议已通过");
    });
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.invalidRecordCount()).isEqualTo(1);
  }

  @Test
  void waiverForPathSuppressesBelowThePrefix() {
    Waiver waiver = Waiver.forPath("constraint.NotBlank", JsonPointer.of("clauses"), "条款文本待补录");
    Meeting blanks = Meeting.valid("M3").withName(" ").withClauses(Clause.of(" "));
    ValidationReport report = Fixtures.meetings(TestPacks.national()).waivers(List.of(waiver)).build().validate(blanks);
    assertThat(report.findings()).extracting(f -> f.location().pointer().toString()).containsExactly("/name");
    assertThat(report.suppressed()).extracting(s -> s.finding().location().pointer().toString())
        .containsExactly("/clauses/0/text");
  }

  @Test
  void expiredWaiverNoLongerSuppresses() {
    Waiver stillValid = Waiver.forSubject("meeting.quorum.not-met", Subject.of("meeting", "M1"), "整改中")
        .expiringOn(Fixtures.TODAY.plusDays(1));
    Waiver expiredToday = stillValid.expiringOn(Fixtures.TODAY);
    assertThat(Fixtures.meetings(TestPacks.national()).waivers(List.of(stillValid)).build().validate(NO_QUORUM)
        .suppressed()).hasSize(1);
    ValidationReport expired = Fixtures.meetings(TestPacks.national()).waivers(List.of(expiredToday)).build()
        .validate(NO_QUORUM);
    assertThat(expired.suppressed()).isEmpty();
    assertThat(expired.forCode("meeting.quorum.not-met")).hasSize(1);
  }

  @Test
  void waiverNeedsReasonAndTarget() {
    assertThatThrownBy(() -> Waiver.forSubject("meeting.quorum.not-met", Subject.of("meeting", "M1"), ""))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> Waiver.forSubject("meeting.quorum.not-met", Subject.ofType("meeting"), "x"))
        .hasMessageContaining("id");
  }

  @Test
  void onlyWarningsDoNotFail() {
    Meeting manyClauses = Meeting.valid("M4")
        .withClauses(Clause.of("一"), Clause.of("二"), Clause.of("三"), Clause.of("四"));
    ValidationReport report = Fixtures.meetings(TestPacks.national()).build().validate(manyClauses);
    assertThat(report.counts()).containsEntry(Severity.WARNING, 1).containsEntry(Severity.ERROR, 0)
        .containsEntry(Severity.INFO, 0);
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.invalidRecordCount()).isZero();
  }

  @Test
  void orderIsBySubjectThenLocationThenCode() {
    Meeting b = Meeting.valid("B").withName(" ").withAttendance(30);
    Meeting a = Meeting.valid("A").withAttendance(30).withTags();
    ValidationReport report = Fixtures.meetings(TestPacks.national()).build().validate(List.of(b, a));
    assertThat(report.findings()).extracting(f -> f.subject().id().orElseThrow() + " " + f.location().pointer()
        + " " + f.code()).containsExactly(
            "A  meeting.tags.missing",
            "A /attendance meeting.quorum.not-met",
            "B /attendance meeting.quorum.not-met",
            "B /name constraint.NotBlank");
    assertThat(report.counts()).containsEntry(Severity.ERROR, 3).containsEntry(Severity.INFO, 1);
    assertThat(report.recordCount()).isEqualTo(2);
    assertThat(report.invalidRecordCount()).isEqualTo(2);
  }

  @Test
  void filtersByCodeAreaAndSeverity() {
    Meeting b = Meeting.valid("B").withName(" ").withAttendance(30);
    Meeting a = Meeting.valid("A").withAttendance(30).withTags();
    ValidationReport report = Fixtures.meetings(TestPacks.national()).build().validate(List.of(b, a));
    assertThat(report.forCode("meeting.quorum.not-met")).hasSize(2);
    assertThat(report.inArea("constraint")).extracting(f -> f.code().value()).containsExactly("constraint.NotBlank");
    assertThat(report.inArea("meeting")).hasSize(3);
    assertThat(report.withSeverity(Severity.INFO)).extracting(f -> f.code().value())
        .containsExactly("meeting.tags.missing");
    assertThat(report.findings(f -> f.subject().id().orElseThrow().equals("A"))).hasSize(2);
  }

  @Test
  void reportsMerge() {
    Validator validator = Fixtures.meetings(TestPacks.national()).build();
    ValidationReport merged = ValidationReport.builder()
        .addAll(validator.validate(NO_QUORUM)).addAll(validator.validate(NO_QUORUM_2)).build();
    assertThat(merged.findings()).isEqualTo(validator.validate(List.of(NO_QUORUM_2, NO_QUORUM)).findings());
    assertThat(merged.recordCount()).isEqualTo(2);
  }

  @Test
  void foreignFindingsCanBeBuiltAndWaived() {
    Finding syntax = Finding.builder(FindingCode.of("json.syntax"), Severity.ERROR, Subject.ofType("meeting"))
        .location(Location.parse("/attendance").withPosition(3, 17))
        .message("第3行第17列：JSON语法错误", "line 3, column 17: JSON syntax error")
        .attribute("token", "}")
        .build();
    assertThat(syntax.location().line()).hasValue(3);
    assertThat(syntax.location().toString()).isEqualTo("/attendance (line 3, column 17)");
    assertThat(syntax.packId()).isEmpty();
    Waiver waiver = Waiver.forPath("json.syntax", JsonPointer.root(), "已知的导出缺陷");
    RecordResult result = Fixtures.meetings(TestPacks.national()).waivers(List.of(waiver)).build()
        .applyWaivers(List.of(syntax));
    assertThat(result.findings()).isEmpty();
    assertThat(result.suppressed()).extracting(SuppressedFinding::finding).containsExactly(syntax);
  }
}

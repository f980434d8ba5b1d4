package io.github.jiceng.governance.rules.burden;

import static io.github.jiceng.governance.rules.burden.BurdenFixtures.codes;
import static io.github.jiceng.governance.rules.burden.BurdenFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.WorkingDayCalendar;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The procedure's time limits: off nationally, on in Chongqing, counted in working days of a calendar. */
class TimingRulesTest {
  private static final LocalDate FIRST = LocalDate.of(2023, 3, 1);
  /** 2025 Labour Day: 1-5 May off, Sunday 27 April worked (国务院办公厅 2025 holiday notice). */
  private static final WorkingDayCalendar MAY_2025 = WorkingDayCalendar.weekdays()
      .withHolidays(List.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 5)))
      .withWorkingDays(List.of(LocalDate.of(2025, 4, 27)));

  private static RulePack yubei(WorkingDayCalendar calendar) {
    return RulePack.builder("cn.chongqing.yubei", "1", "500112").parent(StandardPacks.chongqing())
        .parameter(BurdenParameters.CALENDAR, calendar, ValidityPeriod.always(), "test holidays").build();
  }

  private static List<Finding> validate(RulePack pack, Object record, Object... lookup) {
    return Validator.builder(pack).rethrowRuleFailures(true).lookup(RecordLookup.ofRecords(List.of(lookup)))
        .build().validate(record).findings();
  }

  @Test
  void anApplicationIsLateWithFewerThanThirtyWorkingDays() {
    WorkingDayCalendar weekdays = WorkingDayCalendar.weekdays();
    qt().withExamples(200).forAll(integers().between(0, 2000), integers().between(0, 60)).checkAssert((day, lead) -> {
      LocalDate date = FIRST.plusDays(day);
      AdmissionRequest request = request("T-1", date, "协助做好征兵工作")
          .withPeriodStart(weekdays.plusWorkingDays(date, lead));

      List<Finding> findings = validate(StandardPacks.chongqing(), request);

      assertThat(codes(findings)).isEqualTo(lead < 30 ? List.of("burden.admission.late-application") : List.of());
      assertThat(validate(StandardPacks.national(), request)).as("off nationally").extracting(f -> f.code().value())
          .doesNotContain("burden.admission.late-application");
    });
  }

  @Test
  void theLateApplicationMessageGivesTheCountAndTheLatestDay() {
    AdmissionRequest request = request("T-2", LocalDate.of(2025, 4, 1), "协助做好征兵工作")
        .withPeriodStart(LocalDate.of(2025, 5, 6));

    // Working days after 1 April up to 6 May with the holidays: 2-30 April 21 weekdays + 27 April + 6 May = 23.
    assertThat(validate(yubei(MAY_2025), request)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.attribute("lead")).contains("23");
      assertThat(f.attribute("required")).contains("30");
      assertThat(f.attribute("latest")).as("the latest working day with 30 working days to go").contains("2025-03-21");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("仅提前23个工作日").contains("最迟应于2025年3月21日申请");
    });
    assertThat(codes(validate(yubei(WorkingDayCalendar.weekdays()), request))).as("weekdays only: 25 working days")
        .containsExactly("burden.admission.late-application");
  }

  @Test
  void aDecisionIsOverdueAfterFifteenWorkingDays() {
    qt().withExamples(200).forAll(integers().between(0, 2000), integers().between(0, 40)).checkAssert((day, n) -> {
      LocalDate date = FIRST.plusDays(day);
      AdmissionRequest request = request("T-3", date, "协助做好征兵工作");
      AdmissionDecision decision = AdmissionDecision.builder().requestId("T-3")
          .date(WorkingDayCalendar.weekdays().plusWorkingDays(date, n)).outcome(AdmissionOutcome.ADMITTED_ON_LIST)
          .build();

      assertThat(codes(validate(StandardPacks.chongqing(), decision, request)))
          .isEqualTo(n > 15 ? List.of("burden.decision.overdue") : List.of());
      assertThat(validate(StandardPacks.chongqing(), decision)).as("request not in the lookup").isEmpty();
      assertThat(validate(StandardPacks.national(), decision, request)).as("off nationally").isEmpty();
    });
  }

  @Test
  void theCallersHolidaysExtendTheDecisionPeriod() {
    AdmissionRequest request = request("T-4", LocalDate.of(2025, 4, 22), "协助做好征兵工作");
    AdmissionDecision decision = AdmissionDecision.builder().requestId("T-4").date(LocalDate.of(2025, 5, 14))
        .outcome(AdmissionOutcome.ADMITTED_ON_LIST).build();

    // Weekdays only, the 15th working day after 22 April is 13 May: late. With the holidays (and 27 April worked) 15 May.
    assertThat(codes(validate(yubei(WorkingDayCalendar.weekdays()), decision, request)))
        .containsExactly("burden.decision.overdue");
    assertThat(validate(yubei(MAY_2025), decision, request)).isEmpty();
    assertThat(validate(yubei(WorkingDayCalendar.weekdays()), decision, request).get(0)
        .message(Locale.ENGLISH)).isEqualTo("Decided on 2025-05-14, 16 working days after the request of 2025-04-22;"
        + " the limit of 15 working days ended on 2025-05-13");
  }
}

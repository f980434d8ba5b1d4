package io.github.jiceng.governance.core.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {
  private static final LocalDate START = LocalDate.of(2020, 1, 1);
  /** Spring Festival 2025: 28 Jan - 4 Feb off; Sunday 26 Jan and Saturday 8 Feb worked. */
  private static final WorkingDayCalendar SPRING_2025 = WorkingDayCalendar.weekdays()
      .withHolidays(List.of(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30),
          LocalDate.of(2025, 1, 31), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4)))
      .withWorkingDays(List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8)));

  /** An independent count: walk day by day, Monday to Friday unless listed. */
  private static long count(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
    long n = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      if (calendar.workingDays().contains(d) || weekday && !calendar.holidays().contains(d)) {
        n++;
      }
    }
    return n;
  }

  @Test
  void theNthWorkingDayAfterADayHasNWorkingDaysUpToIt() {
    qt().forAll(integers().between(0, 3000), integers().between(0, 60)).checkAssert((offset, n) -> {
      LocalDate day = START.plusDays(offset);
      for (WorkingDayCalendar calendar : List.of(WorkingDayCalendar.weekdays(), SPRING_2025)) {
        LocalDate nth = calendar.plusWorkingDays(day, n);
        assertThat(calendar.workingDaysAfter(day, nth)).isEqualTo((long) n);
        assertThat(count(day, nth, calendar)).isEqualTo((long) n);
        if (n > 0) {
          assertThat(calendar.isWorkingDay(nth)).isTrue();
          assertThat(calendar.workingDaysAfter(day, nth.minusDays(1))).isEqualTo(n - 1L);
        } else {
          assertThat(nth).isEqualTo(day);
        }
      }
    });
  }

  @Test
  void countingExcludesTheFirstDayAndIncludesTheLast() {
    LocalDate friday = LocalDate.of(2025, 3, 7);
    assertThat(WorkingDayCalendar.weekdays().workingDaysAfter(friday, friday)).isZero();
    assertThat(WorkingDayCalendar.weekdays().workingDaysAfter(friday, friday.plusDays(2))).isZero();
    assertThat(WorkingDayCalendar.weekdays().workingDaysAfter(friday, friday.plusDays(3))).isEqualTo(1);
    assertThat(WorkingDayCalendar.weekdays().workingDaysAfter(friday, friday.minusDays(5))).isZero();
  }

  @Test
  void holidaysAndWorkedWeekendsChangeTheCount() {
    LocalDate before = LocalDate.of(2025, 1, 24);
    LocalDate after = LocalDate.of(2025, 2, 10);
    assertThat(WorkingDayCalendar.weekdays().workingDaysAfter(before, after)).isEqualTo(11);
    // 11 weekdays, minus 6 holidays, plus 2 worked weekend days.
    assertThat(SPRING_2025.workingDaysAfter(before, after)).isEqualTo(7);
    assertThat(SPRING_2025.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
    assertThat(SPRING_2025.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
    assertThat(SPRING_2025.toString()).isEqualTo("WorkingDayCalendar[Mon-Fri, 6 holidays, 2 working weekend days]");
  }

  @Test
  void aDayCannotBeBothHolidayAndWorkingDay() {
    assertThatThrownBy(() -> SPRING_2025.withHolidays(List.of(LocalDate.of(2025, 1, 26))))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("2025-01-26 is both a holiday and a working day;"
            + " expected one of the two");
    assertThatThrownBy(() -> WorkingDayCalendar.weekdays().plusWorkingDays(START, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarSurvivesSerialization() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(SPRING_2025);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(SPRING_2025);
    }
  }
}

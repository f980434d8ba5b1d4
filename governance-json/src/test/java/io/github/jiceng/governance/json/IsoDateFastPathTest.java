package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The hand-written fast path gives exactly what the ISO formatters give, for every text of its shapes (valid or
 * out of range) and for texts of nearly its shapes; for anything it does not take it answers null, so that the
 * formatter decides. The oracle is {@link DateTimeFormatter#ISO_LOCAL_DATE} and {@code ISO_LOCAL_DATE_TIME}.
 */
class IsoDateFastPathTest {
  private static final long SEED = 20261126L;

  /** Texts of the date shape with digits that may be out of range (month 00-19, day 00-39). */
  private static Gen<String> dateTexts() {
    return integers().between(0, 9999).zip(integers().between(0, 19), integers().between(0, 39),
        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
  }

  private static Gen<String> dateTimeTexts() {
    return dateTexts().zip(integers().between(0, 29), integers().between(0, 69), integers().between(-1, 69),
        (date, h, min, s) -> date + String.format("T%02d:%02d", h, min) + (s < 0 ? "" : String.format(":%02d", s)));
  }

  @Test
  void datesAgreeWithTheFormatter() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(dateTexts()).checkAssert(text ->
        assertThat(IsoDateFastPath.date(text)).as(text).isEqualTo(oracleDate(text)));
  }

  @Test
  void dateTimesAgreeWithTheFormatter() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(dateTimeTexts()).checkAssert(text ->
        assertThat(IsoDateFastPath.dateTime(text)).as(text).isEqualTo(oracleDateTime(text)));
  }

  @Test
  void otherTextsAreLeftToTheFormatter() {
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(strings().ascii().ofLengthBetween(0, 20)).checkAssert(text -> {
      LocalDate date = IsoDateFastPath.date(text);
      if (date != null) {
        assertThat(date).as(text).isEqualTo(oracleDate(text));
      }
      LocalDateTime dateTime = IsoDateFastPath.dateTime(text);
      if (dateTime != null) {
        assertThat(dateTime).as(text).isEqualTo(oracleDateTime(text));
      }
    });
    for (String text : List.of("+2026-01-31", "2026-1-31", "2026-01-31 ", "２０２６-01-31", "2026-01-31T09:30:15.5",
        "2026-01-31T09:30Z", "2026-01-31t09:30", "2026-02-29", "2024-02-29T24:00", "2026-01-31T09:60")) {
      if (IsoDateFastPath.date(text) != null) {
        assertThat(IsoDateFastPath.date(text)).as(text).isEqualTo(oracleDate(text));
      }
      if (IsoDateFastPath.dateTime(text) != null) {
        assertThat(IsoDateFastPath.dateTime(text)).as(text).isEqualTo(oracleDateTime(text));
      }
    }
    assertThat(IsoDateFastPath.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(IsoDateFastPath.date("2026-02-29")).isNull();
    assertThat(IsoDateFastPath.dateTime("2026-01-31T09:30:15.5")).isNull();
  }

  private static LocalDate oracleDate(String text) {
    try {
      return DateTimeFormatter.ISO_LOCAL_DATE.parse(text, LocalDate::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDateTime oracleDateTime(String text) {
    try {
      return DateTimeFormatter.ISO_LOCAL_DATE_TIME.parse(text, LocalDateTime::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.rules.testing.Meeting;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Shared test settings: a fixed "today" of 2026-11-26 in China, and validators named for meetings. */
final class Fixtures {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T04:00:00Z"), Validator.CHINA);

  private Fixtures() {}

  /** A validator builder for meetings: subject meeting/id, record date = meeting date, fixed clock, strict. */
  static Validator.Builder meetings(RulePack pack) {
    return Validator.builder(pack)
        .clock(CLOCK)
        .subject(Meeting.class, "meeting", Meeting::id)
        .recordDate(Meeting.class, Meeting::date)
        .rethrowRuleFailures(true);
  }
}

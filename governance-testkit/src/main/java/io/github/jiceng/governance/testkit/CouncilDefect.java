package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A deliberate defect (议事协商记录缺陷) in a generated council, dispute case or triaged matter, for testing the rule
 * that reports it. A defect judged by a rule of the 2018 guidance or of 三事分流 is planted on a date on which that
 * rule is in force.
 *
 * @see CouncilGenerators#defective(LocalDate, LocalDate, CouncilDefect)
 */
public enum CouncilDefect implements RecordDefect {
  /** A closed dispute without an outcome ({@code council.dispute.outcome-missing}). */
  OUTCOME_MISSING("dispute-case", LocalDate.of(2018, 12, 27), "纠纷已结案但未记录结果", "a closed dispute without outcome"),
  /** An agreement reached without its date ({@code council.dispute.agreement-undated}). */
  AGREEMENT_UNDATED("dispute-case", LocalDate.of(2018, 12, 27), "调解协议未记录日期", "an agreement without its date"),
  /** A matter handled by a body its class does not name ({@code council.matter.route-mismatch}). */
  ROUTE_MISMATCH("raised-matter", LocalDate.of(2016, 5, 9), "三事分流承办主体不符", "a matter routed to the wrong body"),
  /** A council without members ({@code constraint.NotEmpty} at {@code /members}). */
  MEMBERS_MISSING("council", LocalDate.MIN, "议事会无成员", "a council without members");

  private final String subjectType;
  private final LocalDate judgedFrom;
  private final BilingualText name;

  CouncilDefect(String subjectType, LocalDate judgedFrom, String chinese, String english) {
    this.subjectType = subjectType;
    this.judgedFrom = judgedFrom;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the record type of the defective record.
   *
   * @return {@code dispute-case}, {@code raised-matter} or {@code council}
   */
  public String subjectType() {
    return subjectType;
  }

  /** The first record date on which the rule reporting the defect is in force. */
  LocalDate judgedFrom() {
    return judgedFrom;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate defect (会议记录缺陷) in a generated meeting, for testing the rule that reports it. Each defect is
 * planted at the boundary: one person, one vote or one day short.
 *
 * @see MeetingGenerators#defective(java.time.LocalDate, java.time.LocalDate, MeetingDefect)
 */
public enum MeetingDefect implements Displayable {
  /** Attendance one below the quorum ({@code meeting.quorum.not-met}, or its provisional twin from 2026). */
  QUORUM_NOT_MET("到会人数差一人未达到法定人数", "attendance one short of the quorum"),
  /** A resolution declared adopted with one vote too few ({@code meeting.decision.not-passed[-provisional]}). */
  DECISION_NOT_PASSED("宣布通过的事项差一票", "a resolution declared adopted one vote short"),
  /** A villagers' meeting announced nine days ahead ({@code meeting.notice.too-short[-provisional]}). */
  NOTICE_TOO_SHORT("村民会议提前九天通知", "a villagers' meeting announced nine days ahead"),
  /** A villagers' meeting without a notice date ({@code meeting.notice.date-missing}). */
  NOTICE_DATE_MISSING("村民会议未记录通知日期", "a villagers' meeting without a notice date"),
  /** One more woman attending than attended in all ({@code meeting.attendance.inconsistent}). */
  WOMEN_EXCEED_ATTENDANCE("妇女到会人数多于实到人数", "more women attending than attended"),
  /** A ballot vote with one ballot unaccounted for ({@code meeting.ballots.not-reconciled}). */
  BALLOTS_NOT_RECONCILED("选票数差一张", "a ballot vote one ballot off"),
  /** A show of hands with one vote more than attended ({@code meeting.ballots.exceed-attendance}). */
  VOTES_EXCEED_ATTENDANCE("举手票数多于实到人数", "a show of hands with one vote more than attended"),
  /** People left out of the base where the pack does not provide for it ({@code meeting.exclusions.not-provided}). */
  EXCLUSIONS_NOT_PROVIDED("记录了不计入人员", "people recorded as not counted"),
  /**
   * A villagers', villagers' representative or residents' meeting requested by one requester fewer than the share
   * ({@code meeting.requisition.below-threshold[-provisional]}).
   */
  REQUISITION_BELOW_THRESHOLD("提议召集人数差一人", "a requisition one requester short");

  private final BilingualText name;

  MeetingDefect(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

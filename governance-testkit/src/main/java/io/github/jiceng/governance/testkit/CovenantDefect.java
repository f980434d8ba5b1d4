package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate defect (公约记录缺陷) in a generated covenant and the meeting that adopted it, for testing the rule that
 * reports it (named in each constant's description).
 *
 * @see CovenantGenerators#defective(java.time.LocalDate, java.time.LocalDate, CovenantDefect)
 */
public enum CovenantDefect implements Displayable {
  /** In force but no vote recorded ({@code covenant.adoption.not-voted}). */
  NOT_VOTED("未记录表决", "no vote recorded"),
  /** Voted on by a group meeting or the other kind's plenary meeting ({@code covenant.adoption.wrong-body}). */
  WRONG_BODY("表决会议类型错误", "voted on by the wrong meeting"),
  /** Adopted by the representative meeting ({@code covenant.adoption.delegated}). */
  DELEGATED("由代表会议通过", "adopted by the representative meeting"),
  /** The draft dated after the review was submitted ({@code covenant.adoption.step-order}). */
  STEP_ORDER("拟定草案晚于提请审核", "draft dated after the review was submitted"),
  /** No review, or the draft returned for revision ({@code covenant.adoption.not-reviewed}). */
  NOT_REVIEWED("未经审核或被退回", "not reviewed, or returned"),
  /** No solicitation of opinions recorded ({@code covenant.adoption.step-missing}). */
  STEP_MISSING("未记录征集民意", "no solicitation of opinions"),
  /** In force but not filed ({@code covenant.filing.missing}). */
  FILING_MISSING("未备案", "not filed"),
  /** Filed with the other kind's body ({@code covenant.filing.wrong-body}, provisional from 2026). */
  FILING_WRONG_BODY("备案机关错误", "filed with the wrong body"),
  /** Published the day before filing ({@code covenant.publication.before-filing}). */
  PUBLISHED_BEFORE_FILING("先公布后备案", "published before filing"),
  /** The vote names a meeting that is not in the dataset ({@code covenant.adoption.meeting-missing}). */
  MEETING_MISSING("表决会议记录缺失", "voting meeting missing"),
  /** The meeting declared the covenant not adopted ({@code covenant.adoption.meeting-mismatch}). */
  MEETING_MISMATCH("会议记录的表决结果不同", "meeting record shows another result"),
  /** No women at the vote ({@code covenant.vote.no-women}, on the meeting). */
  NO_WOMEN("表决无妇女参会", "no women at the vote"),
  /** One content area without a clause ({@code covenant.content.area-missing}). */
  AREA_MISSING("缺少一项内容", "a content area missing"),
  /** A clause with a fine ({@code covenant.content.fine}). */
  FINE_CLAUSE("罚款条款", "a fine"),
  /** A clause that restricts personal liberty ({@code covenant.content.liberty}). */
  LIBERTY_CLAUSE("限制人身自由条款", "a restriction of liberty"),
  /** A clause that stops a subsidy ({@code covenant.content.subsidy-condition}). */
  SUBSIDY_CLAUSE("停发补贴条款", "a subsidy stopped"),
  /** A clause that forbids petitioning ({@code covenant.content.petition}). */
  PETITION_CLAUSE("限制上访条款", "petitioning forbidden"),
  /** A clause that forbids marrying out ({@code covenant.content.marriage-childbirth}). */
  MARRIAGE_CLAUSE("限制婚姻条款", "marrying out forbidden"),
  /** A clause that denies married-out women distributions ({@code covenant.content.women-distribution}). */
  WOMEN_CLAUSE("剥夺出嫁女分配权条款", "married-out women denied distributions"),
  /** A clause that applies a criminal label ({@code covenant.content.criminal-label}). */
  CRIMINAL_LABEL_CLAUSE("自行定罪条款", "a criminal label");

  private final BilingualText name;

  CovenantDefect(String chinese, String english) {
    this.name = BilingualText.of(chinese, english);
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

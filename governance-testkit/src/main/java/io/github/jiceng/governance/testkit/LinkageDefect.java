package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.core.i18n.Displayable;
import java.util.Locale;

/**
 * A deliberate defect (五社联动数据缺陷) planted in a generated linkage dataset, and the id of the rule that reports
 * it. Committee defects, judged by the {@code meeting.committee.*} rules, are {@link CommitteeDefect}s. Each defect makes exactly one finding with the Chongqing rule pack ({@code cn.chongqing}); those marked {@link
 * #isChongqingOnly()} make none with the national pack.
 *
 * @see LinkageGenerators#defective(io.github.jiceng.governance.core.id.DivisionCode, int, LinkageDefect)
 */
public enum LinkageDefect implements Displayable {
  /** A social service organisation with a social group's credit code (51). */
  ORGANISATION_KIND_CODE("linkage.organisation.kind-code-mismatch", "社会组织类型与信用代码不符",
      "organisation kind disagrees with its credit code"),
  /** A filed community organisation with a credit code. */
  FILED_WITH_CREDIT_CODE("linkage.organisation.filed-with-credit-code", "备案组织有信用代码",
      "filed organisation with a credit code"),
  /** A filed community organisation stated to be a legal person. */
  LEGAL_STATUS("linkage.organisation.legal-status-mismatch", "备案组织填报为法人", "filed organisation as legal person"),
  /** A registered organisation without its credit code (a warning). */
  CREDIT_CODE_MISSING("linkage.organisation.credit-code-missing", "已登记组织缺少信用代码",
      "registered organisation without a credit code"),
  /** The fund-holding charity's charity status removed while it keeps the qualification. */
  QUALIFICATION_WITHOUT_CHARITY("linkage.organisation.qualification-without-charity-status", "非慈善组织持有公募资格",
      "qualification without charity status"),
  /** The charity recognised exactly two years before its application (one day short). */
  QUALIFICATION_TOO_EARLY("linkage.organisation.qualification-too-early", "申请公募资格时登记未满两年",
      "qualification applied for a day early"),
  /** A senior social-worker certificate dated 2018. */
  LEVEL_UNKNOWN("linkage.worker.level-unknown", "高级社工证书年份早于首次评价", "senior certificate dated 2018"),
  /** A social worker employed by an organisation that does not exist. */
  EMPLOYER_MISSING("linkage.worker.employer-missing", "社工用人单位不存在", "employer not among the records"),
  /** A service record whose hours are a quarter of an hour short of its span less breaks. */
  HOURS_MISMATCH("linkage.service.hours-mismatch", "服务时长与起止时间不符", "hours disagree with the span"),
  /** A service record one hour longer than its span. */
  HOURS_EXCEED_SPAN("linkage.service.hours-exceed-span", "服务时长超过起止时间", "hours longer than the span"),
  /** A service record without a quality evaluation. */
  FIELDS_MISSING("linkage.service.fields-missing", "服务记录缺少评价", "record without an evaluation"),
  /** A high-risk service record without insurance. */
  HIGH_RISK_UNINSURED("linkage.service.high-risk-uninsured", "高风险服务未保险", "high-risk service uninsured"),
  /** A service record of an unregistered volunteer number. */
  VOLUNTEER_UNREGISTERED("linkage.service.volunteer-unregistered", "服务记录的志愿者未注册",
      "record of an unregistered volunteer"),
  /** An extra 22-hour record on a day a volunteer already served. */
  DAILY_HOURS_IMPOSSIBLE("linkage.volunteer.daily-hours-impossible", "单日服务超过24小时", "more than 24 hours a day"),
  /** An extra record that brings a volunteer's day to 13 hours. */
  DAILY_HOURS_HIGH("linkage.volunteer.daily-hours-high", "单日服务超过12小时", "13 hours on one day"),
  /** A volunteer rated one star more than the hours give. */
  STAR_LEVEL("linkage.volunteer.star-level-mismatch", "星级与时长不符", "star level one too high"),
  /** A volunteer registered at 16 without a guardian's consent (Chongqing). */
  GUARDIAN_CONSENT_MISSING("linkage.volunteer.guardian-consent-missing", "未成年志愿者无监护人同意",
      "minor without guardian consent"),
  /** A four-month full-time engagement without a written agreement (Chongqing). */
  WRITTEN_AGREEMENT_MISSING("linkage.engagement.written-agreement-missing", "应签未签书面协议",
      "long full-time engagement without agreement"),
  /** A public campaign organised by a committee without a qualified partner. */
  CAMPAIGN_WITHOUT_QUALIFICATION("linkage.campaign.without-qualification", "无资格公开募捐",
      "public campaign without the qualification"),
  /** A public campaign's plan without its costs. */
  CAMPAIGN_PLAN_INCOMPLETE("linkage.campaign.plan-incomplete", "募捐方案缺少成本", "plan without costs"),
  /** A long public campaign with one periodic disclosure removed. */
  CAMPAIGN_DISCLOSURE_GAP("linkage.campaign.disclosure-interval", "募捐情况未按期公开", "four months without disclosure"),
  /** A public campaign without its final disclosure. */
  CAMPAIGN_FINAL_DISCLOSURE("linkage.campaign.final-disclosure-late", "募捐结束后未全面公开",
      "no final disclosure"),
  /** A fund's extra disbursement larger than its balance. */
  FUND_OVERSPENT("linkage.fund.overspent", "基金超支", "fund pays more than it has"),
  /** A qualified foundation spending 60% of last year's income. */
  FOUNDATION_SPENDING("linkage.foundation.spending-ratio", "基金会支出不足70%", "foundation spends too little"),
  /** A foundation without the qualification spending 5% of its net assets (a warning). */
  FOUNDATION_NON_PUBLIC_SPENDING("linkage.foundation.non-public-spending-ratio", "非公募基金会支出偏低",
      "non-public foundation spends too little"),
  /** A qualified foundation with 12% management costs. */
  FOUNDATION_MANAGEMENT_COSTS("linkage.foundation.management-cost-ratio", "基金会管理费用超10%",
      "foundation's management costs too high"),
  /** A project evaluated by a volunteer (a warning). */
  STAGE_ACTOR("linkage.project.stage-actor", "阶段责任主体类型不符", "stage run by the wrong actor"),
  /** A project whose need is discovered a day after the design starts (a warning). */
  STAGE_ORDER("linkage.project.stage-order", "阶段顺序颠倒", "stages out of order"),
  /** A funded project whose need stage has no evidence (a warning). */
  NEED_MISSING("linkage.project.need-missing", "缺少需求记录", "need without evidence"),
  /** A funded project without a design stage; the social worker only takes part (a warning). */
  DESIGN_MISSING("linkage.project.design-missing", "缺少社工设计", "no design stage"),
  /** A five-society project without any charity resource (and so not funded). */
  FIVE_ACTORS_MISSING("linkage.project.five-actors-missing", "未联动五类主体", "no charity resource"),
  /** A project receiving money from a volunteer (a warning). */
  FUNDING_SOURCE("linkage.project.funding-source", "资金来自志愿者", "money from a volunteer"),
  /** A project with a participant organisation that does not exist. */
  ACTOR_MISSING("linkage.project.actor-missing", "参与主体不存在", "unknown participant"),
  /** A project listing a service record that does not exist. */
  SERVICE_RECORD_MISSING("linkage.project.service-record-missing", "服务记录不存在", "unknown service record"),
  /** A project claiming one hour more than its records show. */
  HOURS_UNTRACED("linkage.project.volunteer-hours-untraced", "申报时长无记录支撑", "one hour too many claimed"),
  /** A project recording one yuan more from its fund than the fund paid. */
  FUNDING_UNTRACED("linkage.project.funding-untraced", "资金与基金拨付不符", "one yuan more than the fund paid");

  private final String ruleId;
  private final BilingualText name;

  LinkageDefect(String ruleId, String chinese, String english) {
    this.ruleId = ruleId;
    this.name = BilingualText.of(chinese, english);
  }

  /**
   * Returns the id of the rule that reports this defect.
   *
   * @return for example {@code linkage.project.stage-order}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns whether only the Chongqing pack reports this defect (it rests on a Chongqing regulation).
   *
   * @return true for the guardian-consent and written-agreement defects
   */
  public boolean isChongqingOnly() {
    return this == GUARDIAN_CONSENT_MISSING || this == WRITTEN_AGREEMENT_MISSING;
  }

  @Override
  public String displayName(Locale locale) {
    return name.in(locale);
  }
}

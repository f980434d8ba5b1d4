package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.charity.CommunityFund;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectFunding;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A project says it received more from a community fund than the fund's records show it paid to the project
 * (项目资金与社区基金拨付记录不符): for each community fund, the project's fundings from it may not exceed the fund's
 * disbursements to the project. Reported only when the lookup finds the fund (a missing fund is {@code
 * linkage.project.actor-missing}).
 */
@RuleDefinition(
    id = "linkage.project.funding-untraced",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.CHARITY_LAW, article = "第五十三条", version = Instruments.CHARITY_LAW_2016,
            inForceFrom = Instruments.CHARITY_LAW_2016_FROM, inForceUntil = Instruments.CHARITY_LAW_2023_FROM,
            confidence = Confidence.CONFIRMED, note = "登记造册，严格管理，专款专用"),
        @Basis(instrument = Instruments.CHARITY_LAW, version = Instruments.CHARITY_LAW_2023,
            inForceFrom = Instruments.CHARITY_LAW_2023_FROM, confidence = Confidence.SINGLE_SOURCE,
            note = "the same duty in the amended text; its article number is not checked")})
public final class ProjectFundingUntracedRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectFundingUntracedRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    Map<ActorRef, BigDecimal> byFund = new LinkedHashMap<>();
    for (ProjectFunding funding : project.fundings()) {
      if (funding.source().type() == ActorType.COMMUNITY_FUND) {
        byFund.merge(funding.source(), funding.amount(), BigDecimal::add);
      }
    }
    for (Map.Entry<ActorRef, BigDecimal> entry : byFund.entrySet()) {
      Optional<CommunityFund> fund = Lookups.find(context, entry.getKey(), CommunityFund.class);
      if (fund.isEmpty()) {
        continue;
      }
      BigDecimal disbursed = fund.get().disbursedTo(project.id());
      if (entry.getValue().compareTo(disbursed) > 0) {
        out.report(JsonPointer.of("fundings"), Map.of(
            "project", project.id(), "fund", fund.get().id(), "received", entry.getValue(), "disbursed", disbursed));
      }
    }
  }
}

package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorType;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project's money comes from a volunteer, a volunteer team, a social worker or a station (项目资金来源不当): funding
 * comes from the community fund or another charity resource (a campaign, a donor), from a government department
 * purchasing services, or from an organisation or committee; money a volunteer gives is a donation and is recorded as
 * one (through a fund or as a {@code donor}).
 */
@RuleDefinition(
    id = "linkage.project.funding-source",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.KAIZHOU_OPINION, confidence = Confidence.PROVISIONAL,
            note = "the stage sequence of the Kaizhou source article; a local practice model, not a legal"
                + " requirement [U as law], hence at most a warning"),
        @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
            note = "创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制 (reference.md §1)")})
public final class ProjectFundingSourceRule implements Rule<LinkageProject> {
  /** The types of record that are not funding sources. */
  public static final Set<ActorType> NOT_FUNDERS = Set.copyOf(EnumSet.of(
      ActorType.VOLUNTEER, ActorType.VOLUNTEER_TEAM, ActorType.SOCIAL_WORKER, ActorType.SOCIAL_WORK_STATION));
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectFundingSourceRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    List<ProjectFunding> fundings = project.fundings();
    for (int i = 0; i < fundings.size(); i++) {
      ProjectFunding funding = fundings.get(i);
      if (NOT_FUNDERS.contains(funding.source().type())) {
        out.report(JsonPointer.of("fundings", Integer.toString(i), "source"), Map.of(
            "project", project.id(),
            "source", funding.source().toString(),
            "type", funding.source().type(),
            "amount", funding.amount()));
      }
    }
  }
}

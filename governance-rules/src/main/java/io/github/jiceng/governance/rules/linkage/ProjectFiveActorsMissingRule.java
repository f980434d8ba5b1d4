package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.LinkageActor;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A project presented as five-society linkage does not involve all five kinds of actor (五社联动项目未联动五类主体): the
 * community, a social organisation, a social worker, volunteers and a charity resource must each take part, through a
 * stage, a participant, a funding source or (for volunteers) service records.
 */
@RuleDefinition(
    id = "linkage.project.five-actors-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
        note = "the five actors: 社区、社会组织、社会工作者、社区志愿者、社会慈善资源 (reference.md §1)"))
public final class ProjectFiveActorsMissingRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectFiveActorsMissingRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    if (!project.claimsFiveSocietyLinkage()) {
      return;
    }
    Set<LinkageActor> missing = EnumSet.allOf(LinkageActor.class);
    missing.removeAll(project.actorsInvolved());
    if (!missing.isEmpty()) {
      out.report(JsonPointer.of("claimsFiveSocietyLinkage"), Map.of(
          "project", project.id(), "missing", missing, "count", missing.size()));
    }
  }
}

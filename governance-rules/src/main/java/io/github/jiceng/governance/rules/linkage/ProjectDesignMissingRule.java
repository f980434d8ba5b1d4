package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.StageKind;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;

/**
 * A funded project has no designing social worker (受资助项目缺少社工设计): a project with a funding stage or money
 * received must have a design stage whose actor is a social worker.
 */
@RuleDefinition(
    id = "linkage.project.design-missing",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.KAIZHOU_OPINION, confidence = Confidence.PROVISIONAL,
            note = "the stage sequence of the Kaizhou source article; a local practice model, not a legal"
                + " requirement [U as law], hence at most a warning"),
        @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
            note = "创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制 (reference.md §1)")})
public final class ProjectDesignMissingRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectDesignMissingRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    if (project.isFunded() && project.stages(StageKind.DESIGN).stream()
        .noneMatch(s -> s.actor().type() == ActorType.SOCIAL_WORKER)) {
      out.report(JsonPointer.of("stages"), Map.of("project", project.id(), "stage", StageKind.DESIGN));
    }
  }
}

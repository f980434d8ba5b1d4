package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.project.ProjectStage;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.List;
import java.util.Map;

/**
 * A project stage's responsible actor is not of the kind the stage calls for (项目阶段责任主体类型不符): the need is
 * discovered by the community, the design is a social worker's, the implementation a social organisation's, the
 * funding comes from a charity resource, volunteers take part, and the evaluation is by the community, a social
 * organisation or a social worker ({@link io.github.jiceng.governance.core.linkage.project.StageKind#responsibleActors()}).
 */
@RuleDefinition(
    id = "linkage.project.stage-actor",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.KAIZHOU_OPINION, confidence = Confidence.PROVISIONAL,
            note = "the stage sequence of the Kaizhou source article; a local practice model, not a legal"
                + " requirement [U as law], hence at most a warning"),
        @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
            note = "创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制 (reference.md §1)")})
public final class ProjectStageActorRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectStageActorRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    List<ProjectStage> stages = project.stages();
    for (int i = 0; i < stages.size(); i++) {
      ProjectStage stage = stages.get(i);
      boolean fits = stage.actor().society().map(stage.kind().responsibleActors()::contains).orElse(false);
      if (!fits) {
        out.report(JsonPointer.of("stages", Integer.toString(i), "actor"), Map.of(
            "project", project.id(),
            "stage", stage.kind(),
            "actor", stage.actor().toString(),
            "type", stage.actor().type(),
            "expected", stage.kind().responsibleActors()));
      }
    }
  }
}

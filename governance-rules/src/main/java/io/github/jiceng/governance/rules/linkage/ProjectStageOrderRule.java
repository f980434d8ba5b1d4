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
 * A project stage starts before a stage that should come earlier (项目阶段顺序颠倒): stages happen in the order of
 * {@link io.github.jiceng.governance.core.linkage.project.StageKind} (need, design, implementation, funding,
 * volunteers, evaluation), so start dates must not decrease along that order; stages of one kind may start on any
 * day. Each stage is reported once, against the earlier-kind stage with the latest start.
 */
@RuleDefinition(
    id = "linkage.project.stage-order",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Instruments.KAIZHOU_OPINION, confidence = Confidence.PROVISIONAL,
            note = "the stage sequence of the Kaizhou source article; a local practice model, not a legal"
                + " requirement [U as law], hence at most a warning"),
        @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
            note = "创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制 (reference.md §1)")})
public final class ProjectStageOrderRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectStageOrderRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    List<ProjectStage> stages = project.stages();
    for (int j = 0; j < stages.size(); j++) {
      ProjectStage later = stages.get(j);
      ProjectStage culprit = null;
      for (ProjectStage earlier : stages) {
        if (earlier.kind().compareTo(later.kind()) < 0 && earlier.start().isAfter(later.start())
            && (culprit == null || earlier.start().isAfter(culprit.start()))) {
          culprit = earlier;
        }
      }
      if (culprit != null) {
        out.report(JsonPointer.of("stages", Integer.toString(j), "start"), Map.of(
            "project", project.id(),
            "stage", later.kind(),
            "start", later.start(),
            "earlierStage", culprit.kind(),
            "earlierStart", culprit.start()));
      }
    }
  }
}

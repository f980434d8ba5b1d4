package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorRef;
import io.github.jiceng.governance.core.linkage.project.LinkageProject;
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
 * A project refers to an actor that is not among the records (项目引用的参与主体不存在): a stage's actor, a participant or
 * a funding source names a committee, organisation, social worker, volunteer, team, fund or campaign that the dataset
 * does not hold. Reported only for types the lookup holds completely.
 */
@RuleDefinition(
    id = "linkage.project.actor-missing",
    severity = Severity.ERROR,
    basis = @Basis(instrument = Instruments.GRASSROOTS_OPINION, confidence = Confidence.CONFIRMED,
        note = "linkage is between identifiable actors (reference.md §1); a dangling reference cannot be verified"))
public final class ProjectActorMissingRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ProjectActorMissingRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    for (int i = 0; i < project.stages().size(); i++) {
      check(project, project.stages().get(i).actor(), JsonPointer.of("stages", Integer.toString(i), "actor"),
          context, out);
    }
    List<ActorRef> participants = project.participants();
    for (int i = 0; i < participants.size(); i++) {
      check(project, participants.get(i), JsonPointer.of("participants", Integer.toString(i)), context, out);
    }
    for (int i = 0; i < project.fundings().size(); i++) {
      check(project, project.fundings().get(i).source(), JsonPointer.of("fundings", Integer.toString(i), "source"),
          context, out);
    }
  }

  private static void check(LinkageProject project, ActorRef actor, JsonPointer at, RuleContext context,
      FindingCollector out) {
    if (Lookups.isMissing(context, actor)) {
      out.report(at, Map.of("project", project.id(), "actor", actor.toString(), "type", actor.type()));
    }
  }
}

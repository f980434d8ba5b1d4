package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.project.LinkageProject;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
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
import java.util.Optional;

/**
 * A project lists a service record that does not exist or is not a record of the project (项目列示的志愿服务记录不存在或
 * 不属于本项目): each listed id must name a {@code volunteer-service-record} whose project is this project. Reported
 * only when the lookup holds every service record.
 */
@RuleDefinition(
    id = "linkage.project.service-record-missing",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records are 真实、准确、完整; hours a project claims must rest on service records"),
        @Basis(instrument = Instruments.VOLUNTEER_REGULATION, article = "第十九条",
            inForceFrom = Instruments.VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
            note = "the organisation records 志愿服务情况 (reference.md §5.1)")})
public final class ProjectServiceRecordMissingRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;
  private static final String RECORD = "volunteer-service-record";

  /** Creates the rule. */
  public ProjectServiceRecordMissingRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    if (!Lookups.covers(context, RECORD)) {
      return;
    }
    List<String> ids = project.serviceRecordIds();
    for (int i = 0; i < ids.size(); i++) {
      Optional<ServiceRecord> record = Lookups.find(context, RECORD, ids.get(i), ServiceRecord.class);
      if (record.isEmpty() || !record.get().projectId().filter(project.id()::equals).isPresent()) {
        out.report(JsonPointer.of("serviceRecordIds", Integer.toString(i)), Map.of(
            "project", project.id(),
            "record", ids.get(i),
            "recordProject", record.flatMap(ServiceRecord::projectId)));
      }
    }
  }
}

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
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * A project claims more volunteer hours than its service records show (项目申报的志愿服务时长无记录支撑): every hour
 * claimed must trace to a service record of the project, so the claimed hours may not exceed the sum of the hours of
 * the listed records that exist and belong to the project (each record counted once). Reported only when the lookup
 * holds every service record.
 */
@RuleDefinition(
    id = "linkage.project.volunteer-hours-untraced",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第三条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records are 真实、准确、完整; hours a project claims must rest on service records"),
        @Basis(instrument = Instruments.VOLUNTEER_REGULATION, article = "第十九条",
            inForceFrom = Instruments.VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
            note = "the organisation records 志愿服务情况 (reference.md §5.1)")})
public final class ProjectVolunteerHoursUntracedRule implements Rule<LinkageProject> {
  private static final long serialVersionUID = 1L;
  private static final String RECORD = "volunteer-service-record";

  /** Creates the rule. */
  public ProjectVolunteerHoursUntracedRule() {
    // stateless
  }

  @Override
  public Class<LinkageProject> subjectType() {
    return LinkageProject.class;
  }

  @Override
  public void check(LinkageProject project, RuleContext context, FindingCollector out) {
    if (project.claimedVolunteerHours().isEmpty() || !Lookups.covers(context, RECORD)) {
      return;
    }
    BigDecimal traced = BigDecimal.ZERO;
    for (String id : new LinkedHashSet<>(project.serviceRecordIds())) {
      Optional<ServiceRecord> record = Lookups.find(context, RECORD, id, ServiceRecord.class);
      if (record.isPresent() && record.get().projectId().filter(project.id()::equals).isPresent()) {
        traced = traced.add(record.get().hours());
      }
    }
    BigDecimal claimed = project.claimedVolunteerHours().get();
    if (claimed.compareTo(traced) > 0) {
      out.report(JsonPointer.of("claimedVolunteerHours"), Map.of(
          "project", project.id(), "claimed", claimed, "traced", traced, "untraced", claimed.subtract(traced)));
    }
  }
}

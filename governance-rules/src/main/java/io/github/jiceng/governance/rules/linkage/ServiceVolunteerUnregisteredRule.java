package io.github.jiceng.governance.rules.linkage;

import io.github.jiceng.governance.core.linkage.ActorType;
import io.github.jiceng.governance.core.linkage.volunteer.ServiceRecord;
import io.github.jiceng.governance.core.linkage.volunteer.Volunteer;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * A service record's volunteer was not registered on the day of service (志愿服务记录的志愿者未注册): records are entered
 * into the volunteer information system under the volunteer's unified number, so the volunteer must be among the
 * registered volunteers, registered on or before the service day. This also makes the hours a linkage project claims
 * come from registered volunteers. Reported only when the lookup holds every volunteer.
 */
@RuleDefinition(
    id = "linkage.service.volunteer-unregistered",
    severity = Severity.ERROR,
    basis = {
        @Basis(instrument = Instruments.VOLUNTEER_REGULATION, article = "第七条、第十九条",
            inForceFrom = Instruments.VOLUNTEER_REGULATION_FROM, confidence = Confidence.CONFIRMED,
            note = "registration in the designated system; records entered into it under the unified data standard"),
        @Basis(instrument = Instruments.RECORD_MEASURES_2020, article = "第四条",
            inForceFrom = Instruments.RECORD_MEASURES_2020_FROM, confidence = Confidence.CONFIRMED,
            note = "records kept elsewhere must be entered into the designated system")})
public final class ServiceVolunteerUnregisteredRule implements Rule<ServiceRecord> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public ServiceVolunteerUnregisteredRule() {
    // stateless
  }

  @Override
  public Class<ServiceRecord> subjectType() {
    return ServiceRecord.class;
  }

  @Override
  public void check(ServiceRecord record, RuleContext context, FindingCollector out) {
    String type = ActorType.VOLUNTEER.recordType();
    if (!Lookups.covers(context, type)) {
      return;
    }
    Optional<Volunteer> volunteer = Lookups.find(context, type, record.volunteerNumber(), Volunteer.class);
    if (volunteer.isEmpty() || volunteer.get().registeredOn().isAfter(record.date())) {
      out.report(JsonPointer.of("volunteerNumber"), Map.of(
          "id", record.id(),
          "volunteer", record.volunteerNumber(),
          "date", record.date(),
          "registered", volunteer.map(Volunteer::registeredOn)));
    }
  }
}

package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.WorkingDayCalendar;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded admission decision comes late (准入审查超时): after the {@link BurdenParameters#DECISION_WORKING_DAYS}-th
 * working day (default 15) after the request day. The request is found through the validator's lookup ({@code
 * admission-request} with the decision's request id); without it nothing is said. Checked only when {@link
 * BurdenParameters#TIMING_CHECKED} is on (the Chongqing pack); the limit is local practice and unconfirmed.
 */
@RuleDefinition(
    id = "burden.decision.overdue",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_PRACTICE, confidence = Confidence.PROVISIONAL,
        note = "a decision within about 15 working days; not in the reference [U], so a warning at most and off"
            + " unless burden.admission.timing-checked is set"))
public final class DecisionOverdueRule implements Rule<AdmissionDecision> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public DecisionOverdueRule() {
    // stateless
  }

  @Override
  public Class<AdmissionDecision> subjectType() {
    return AdmissionDecision.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(BurdenParameters.TIMING_CHECKED, BurdenParameters.DECISION_WORKING_DAYS,
        BurdenParameters.CALENDAR);
  }

  @Override
  public void check(AdmissionDecision decision, RuleContext context, FindingCollector out) {
    if (!context.parameter(BurdenParameters.TIMING_CHECKED)) {
      return;
    }
    Optional<AdmissionRequest> request = context.lookup()
        .find(Subject.of(Lists.ADMISSION_REQUEST, decision.requestId()), AdmissionRequest.class);
    if (request.isEmpty()) {
      return;
    }
    int limit = context.parameter(BurdenParameters.DECISION_WORKING_DAYS);
    WorkingDayCalendar calendar = context.parameter(BurdenParameters.CALENDAR);
    LocalDate due = calendar.plusWorkingDays(request.get().date(), limit);
    if (decision.date().isAfter(due)) {
      out.report(JsonPointer.of("date"), Map.of(
          "decided", decision.date(),
          "requested", request.get().date(),
          "days", calendar.workingDaysAfter(request.get().date(), decision.date()),
          "limit", limit,
          "due", due));
    }
  }
}

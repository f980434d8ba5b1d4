package io.github.jiceng.governance.rules.burden;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A department applies too late (准入申请提前量不足): fewer than {@link BurdenParameters#LEAD_WORKING_DAYS} working
 * days (default 30) after the request day up to and including the first day of the work, counted with {@link
 * BurdenParameters#CALENDAR}. Checked only when {@link BurdenParameters#TIMING_CHECKED} is on (the Chongqing pack);
 * the time limit is local practice and unconfirmed, so this is a warning.
 */
@RuleDefinition(
    id = "burden.admission.late-application",
    severity = Severity.WARNING,
    basis = @Basis(instrument = Instruments.LOCAL_PRACTICE, confidence = Confidence.PROVISIONAL,
        note = "departments apply about 30 working days ahead; not in the reference [U], so a warning at most and"
            + " off unless burden.admission.timing-checked is set"))
public final class LateApplicationRule implements Rule<AdmissionRequest> {
  private static final long serialVersionUID = 1L;

  /** Creates the rule. */
  public LateApplicationRule() {
    // stateless
  }

  @Override
  public Class<AdmissionRequest> subjectType() {
    return AdmissionRequest.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(BurdenParameters.TIMING_CHECKED, BurdenParameters.LEAD_WORKING_DAYS, BurdenParameters.CALENDAR);
  }

  @Override
  public void check(AdmissionRequest request, RuleContext context, FindingCollector out) {
    if (!context.parameter(BurdenParameters.TIMING_CHECKED)) {
      return;
    }
    int required = context.parameter(BurdenParameters.LEAD_WORKING_DAYS);
    WorkingDayCalendar calendar = context.parameter(BurdenParameters.CALENDAR);
    long lead = calendar.workingDaysAfter(request.date(), request.periodStart());
    if (lead < required) {
      out.report(JsonPointer.of("periodStart"), Map.of(
          "requested", request.date(),
          "start", request.periodStart(),
          "lead", lead,
          "required", required,
          "latest", latestDay(calendar, request, required)));
    }
  }

  /** The last working day on which the request would have come {@code required} working days ahead. */
  private static LocalDate latestDay(WorkingDayCalendar calendar, AdmissionRequest request, int required) {
    LocalDate day = request.date();
    while (calendar.workingDaysAfter(day, request.periodStart()) < required || !calendar.isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }
}

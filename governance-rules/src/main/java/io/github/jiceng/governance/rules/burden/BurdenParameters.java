package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.WorkingDayCalendar;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Parameter;

/**
 * The pack parameters of the burden rules (减负规则参数): where the lists come from, and the procedure's time limits.
 *
 * <p>The time limits are local practice, not national law, and are unconfirmed: {@link #TIMING_CHECKED} is off by
 * default (the national pack) and on in the Chongqing pack.
 */
public final class BurdenParameters {
  private static final LegalBasis LOCAL_PRACTICE = LegalBasis.of("村（社区）工作事项准入 地方实践", Confidence.PROVISIONAL)
      .withNote("departments apply about 30 working days ahead and get a decision within 15 working days; not in the"
          + " reference [U], to be checked against the local admission measures");

  /**
   * The catalogues the rules check against; default {@link CatalogueSource#none()}. The Chongqing pack sets {@link
   * BundledCatalogues#CHONGQING}.
   */
  public static final Parameter<CatalogueSource> CATALOGUES =
      Parameter.of("burden.lists.catalogues", CatalogueSource.class, CatalogueSource.none());

  /** Whether the procedure's time limits are checked; default false, true in the Chongqing pack. */
  public static final Parameter<Boolean> TIMING_CHECKED =
      Parameter.of("burden.admission.timing-checked", Boolean.class, Boolean.FALSE, LOCAL_PRACTICE);

  /** How many working days before the work starts a department applies; default 30 (local practice). */
  public static final Parameter<Integer> LEAD_WORKING_DAYS =
      Parameter.of("burden.admission.lead-working-days", Integer.class, 30, LOCAL_PRACTICE);

  /** Within how many working days after the request the decision is made; default 15 (local practice). */
  public static final Parameter<Integer> DECISION_WORKING_DAYS =
      Parameter.of("burden.decision.max-working-days", Integer.class, 15, LOCAL_PRACTICE);

  /** The working-day calendar; default Monday to Friday without holidays. Callers set their holidays here. */
  public static final Parameter<WorkingDayCalendar> CALENDAR =
      Parameter.of("burden.calendar.working-days", WorkingDayCalendar.class, WorkingDayCalendar.weekdays());

  private BurdenParameters() {
  }
}

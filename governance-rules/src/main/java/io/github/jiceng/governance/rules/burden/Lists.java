package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.RuleContext;
import java.util.List;

/** How the burden rules reach the lists: the catalogues of the pack parameter, on the evaluation date. */
final class Lists {
  /** The record type name of admission requests, as registered in {@code RecordTypes.standard()}. */
  static final String ADMISSION_REQUEST = "admission-request";
  /** The record type name of list catalogues, as registered in {@code RecordTypes.standard()}. */
  static final String LIST_CATALOGUE = "list-catalogue";
  /** The parameters every rule that reads the lists declares. */
  static final List<Parameter<?>> PARAMETERS = List.of(BurdenParameters.CATALOGUES);

  private Lists() {
  }

  /**
   * Returns a division code as written in data: 6 digits for a county or higher division, 12 below.
   *
   * @param code the code
   * @return for example {@code 500112} or {@code 500112001201}
   */
  static String text(DivisionCode code) {
    return Jurisdiction.of(code).code();
  }

  /**
   * Returns the catalogues the pack sets.
   *
   * @param context the rule context
   * @return the catalogues
   */
  static ListCatalogues catalogues(RuleContext context) {
    return context.parameter(BurdenParameters.CATALOGUES).catalogues();
  }

  /**
   * Returns the groups of a request's targets, by the lists in force on the evaluation date (the request date unless
   * an as-of date is set).
   *
   * @param request the request
   * @param context the rule context
   * @return the groups
   */
  static List<TargetGroup> groups(AdmissionRequest request, RuleContext context) {
    return TargetGroup.of(request, catalogues(context), context.evaluationDate());
  }
}

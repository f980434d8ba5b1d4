package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionStepKind;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small ordered builder of message arguments, and the JSON field names of the adoption steps. */
final class Args {
  private final Map<String, Object> values = new LinkedHashMap<>();

  Args put(String name, Object value) {
    values.put(name, value);
    return this;
  }

  Map<String, Object> map() {
    return values;
  }

  /** The field of {@code AdoptionRecord} that holds a step. */
  static String field(AdoptionStepKind step) {
    switch (step) {
      case SOLICITATION:
        return "solicitation";
      case DRAFTING:
        return "drafting";
      case REVIEW:
        return "review";
      case VOTE:
        return "vote";
      case FILING:
        return "filing";
      default:
        return "publication";
    }
  }

  /** The field of a step's date: {@code submitted} for the review, {@code date} otherwise. */
  static String dateField(AdoptionStepKind step) {
    return step == AdoptionStepKind.REVIEW ? "submitted" : "date";
  }
}

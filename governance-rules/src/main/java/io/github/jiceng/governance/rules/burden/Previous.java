package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.Subject;
import java.util.Optional;

/** Finds the version a catalogue replaces through the validator's lookup. */
final class Previous {
  private Previous() {
  }

  /**
   * Returns the subject of the previous version.
   *
   * @param catalogue the catalogue
   * @return the subject {@code list-catalogue id@previousVersion}, or empty if it names no previous version
   */
  static Optional<Subject> subject(ListCatalogue catalogue) {
    return catalogue.previousVersion().map(v -> Subject.of(Lists.LIST_CATALOGUE, catalogue.id() + "@" + v));
  }

  /**
   * Returns the previous version, if it names one and the lookup has it.
   *
   * @param catalogue the catalogue
   * @param context the rule context
   * @return the previous version, or empty
   */
  static Optional<ListCatalogue> of(ListCatalogue catalogue, RuleContext context) {
    return subject(catalogue).flatMap(s -> context.lookup().find(s, ListCatalogue.class));
  }
}

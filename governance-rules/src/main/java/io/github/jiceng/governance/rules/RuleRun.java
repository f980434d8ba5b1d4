package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the findings of one rule on one record, rendering both languages' messages and the attributes.
 */
final class RuleRun implements FindingCollector {
  private final RuleDescriptor descriptor;
  private final Severity severity;
  private final Subject subject;
  private final LocalDate date;
  /** The legal bases in force on the date, found at the first report. */
  private List<LegalBasis> bases;
  private final RulePack pack;
  private final boolean reveal;
  /** The findings, made at the first report: most rules report nothing. */
  private List<Finding> findings;

  RuleRun(RuleDescriptor descriptor, Severity severity, Subject subject, LocalDate date, RulePack pack, boolean reveal) {
    this.descriptor = descriptor;
    this.severity = severity;
    this.subject = subject;
    this.date = date;
    this.pack = pack;
    this.reveal = reveal;
  }

  @Override
  public void report(JsonPointer at, Map<String, ?> arguments) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(arguments, "arguments");
    arguments.forEach((name, value) -> {
      if (name == null || value == null) {
        throw new IllegalArgumentException(
            "rule " + descriptor.id() + " reported a null argument name or value: " + name);
      }
    });
    Finding.Builder builder = Finding.builder(descriptor.id(), severity, subject)
        .location(Location.of(at))
        .message(
            descriptor.message(Locale.SIMPLIFIED_CHINESE).render(arguments, Locale.SIMPLIFIED_CHINESE, reveal),
            descriptor.message(Locale.ENGLISH).render(arguments, Locale.ENGLISH, reveal))
        .pack(pack.id(), pack.version());
    arguments.forEach((name, value) -> builder.attribute(name, ArgumentFormatter.attribute(value, reveal)));
    if (bases == null) {
      bases = descriptor.legalBasesOn(date);
    }
    bases.forEach(builder::basis);
    if (findings == null) {
      findings = new ArrayList<>();
    }
    findings.add(builder.build());
  }

  List<Finding> findings() {
    return findings == null ? List.of() : findings;
  }
}

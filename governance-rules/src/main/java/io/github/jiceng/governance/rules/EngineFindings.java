package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Findings the engine makes itself, in the reserved area {@code engine}: a rule that threw, and a pack used outside
 * its validity. Their messages are in this package's bundle.
 */
final class EngineFindings {
  /** A rule threw an exception; the record was not fully checked. */
  static final FindingCode RULE_FAILED = FindingCode.of("engine.rule.failed");
  /** The pack is not valid on the evaluation date. */
  static final FindingCode PACK_NOT_IN_FORCE = FindingCode.of("engine.pack.not-in-force");

  private final MessageBundle messages = MessageBundle.load(EngineFindings.class, "messages");
  private final RulePack pack;

  EngineFindings(RulePack pack) {
    this.pack = pack;
  }

  Finding ruleFailed(Subject subject, RuleDescriptor rule, RuntimeException failure) {
    return make(RULE_FAILED, Severity.ERROR, subject,
        Map.of("rule", rule.id().value(), "exception", failure.getClass().getName()));
  }

  Finding packNotInForce(Subject subject, LocalDate date) {
    for (RulePack p = pack; p != null; p = p.parent().orElse(null)) {
      if (!p.validity().contains(date)) {
        return make(PACK_NOT_IN_FORCE, Severity.WARNING, subject,
            Map.of("pack", p.id(), "version", p.version(), "date", date, "validity", p.validity().toString()));
      }
    }
    throw new IllegalStateException("pack " + pack.id() + " is valid on " + date);
  }

  private Finding make(FindingCode code, Severity severity, Subject subject, Map<String, ?> arguments) {
    Locale chinese = Locale.SIMPLIFIED_CHINESE;
    Locale english = Locale.ENGLISH;
    String key = code.value() + ".message";
    Finding.Builder builder = Finding.builder(code, severity, subject)
        .message(
            MessageTemplate.parse(messages.require(key, chinese)).render(arguments, chinese, false),
            MessageTemplate.parse(messages.require(key, english)).render(arguments, english, false))
        .pack(pack.id(), pack.version());
    arguments.forEach((name, value) -> builder.attribute(name, ArgumentFormatter.attribute(value, false)));
    return builder.build();
  }
}

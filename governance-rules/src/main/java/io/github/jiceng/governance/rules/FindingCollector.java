package io.github.jiceng.governance.rules;

import java.util.Map;

/**
 * Receives the findings of one rule on one record. The engine adds the rule id, severity, subject, legal basis and
 * pack; the rule gives where and the named arguments of its message.
 */
public interface FindingCollector {
  /**
   * Reports a finding at a place in the record.
   *
   * @param at where in the record, as a JSON Pointer
   * @param arguments the named arguments of the message template, such as {@code attendance=45}; kept as attributes
   *     too. Wrap personal data in {@link PersonalData}.
   * @throws IllegalArgumentException if an argument of the message template is missing
   */
  void report(JsonPointer at, Map<String, ?> arguments);

  /**
   * Reports a finding about the whole record.
   *
   * @param arguments the named arguments of the message template
   * @throws IllegalArgumentException if an argument of the message template is missing
   */
  default void report(Map<String, ?> arguments) {
    report(JsonPointer.root(), arguments);
  }
}

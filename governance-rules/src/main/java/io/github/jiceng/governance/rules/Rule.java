package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.List;

/**
 * A rule (检查规则): a pure function of a record and a {@link RuleContext} that reports findings.
 *
 * <p>One class per rule, annotated with {@link RuleDefinition}. A rule keeps no state and has no side effects: it
 * reads only its subject, the context (date, jurisdiction, parameters, other records) and reports through the
 * collector. Rules are serializable so that rule packs can be shipped to other processes.
 *
 * @param <T> the type of record the rule checks
 */
public interface Rule<T> extends Serializable {
  /**
   * Returns the type of record the rule checks; the rule runs on every record that is an instance of it.
   *
   * @return the record type
   */
  Class<T> subjectType();

  /**
   * Checks a record and reports what is wrong.
   *
   * @param subject the record, not null
   * @param context the evaluation date, jurisdiction, parameters and lookup of other records
   * @param out where to report findings; its arguments fill the rule's message template
   */
  void check(T subject, RuleContext context, FindingCollector out);

  /**
   * Returns the pack parameters this rule reads, so that catalogs can list them and packs can be checked.
   *
   * @return the parameters; none by default
   */
  default List<Parameter<?>> parameters() {
    return List.of();
  }
}

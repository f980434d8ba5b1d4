package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rules of a pack as the validator runs them: by index in rule order, each with its descriptor and its severity in
 * the pack, the indexes of the rules that apply to a record class, and the rules that run on a day. Both lookups are
 * worked out once and remembered, so that a record costs no search of the pack. Thread-safe.
 */
final class PackRules {
  /** At most this many days are remembered; the table is emptied if it ever holds more (a few hundred bytes a day). */
  private static final int REMEMBERED_DAYS = 10_000;

  private final RulePack pack;
  private final List<Rule<?>> rules;
  private final List<RuleDescriptor> descriptors;
  private final Severity[] severities;
  private final boolean[] enabled;
  private final Map<Class<?>, int[]> byClass = new ConcurrentHashMap<>();
  /** The rules in force by evaluation day: records of a dataset fall on a few thousand days at most. */
  private final Map<LocalDate, RulesInForce> byDay = new ConcurrentHashMap<>();

  PackRules(RulePack pack) {
    this.pack = pack;
    this.rules = pack.rules();
    this.descriptors = pack.descriptorsInRuleOrder();
    this.severities = new Severity[rules.size()];
    this.enabled = new boolean[rules.size()];
    for (int i = 0; i < rules.size(); i++) {
      String id = descriptors.get(i).id().value();
      severities[i] = pack.severityOf(id);
      enabled[i] = pack.isEnabled(id);
    }
  }

  /**
   * Returns the number of rules.
   *
   * @return the count
   */
  int size() {
    return rules.size();
  }

  /**
   * Returns a rule.
   *
   * @param index its index in rule order
   * @return the rule
   */
  Rule<?> rule(int index) {
    return rules.get(index);
  }

  /**
   * Returns a rule's descriptor.
   *
   * @param index its index in rule order
   * @return the descriptor
   */
  RuleDescriptor descriptor(int index) {
    return descriptors.get(index);
  }

  /**
   * Returns a rule's severity in the pack, after its overrides.
   *
   * @param index its index in rule order
   * @return the severity
   */
  Severity severity(int index) {
    return severities[index];
  }

  /**
   * Returns the indexes of the rules whose subject type a class is, in rule order.
   *
   * @param type the record's class
   * @return the indexes; not to be changed
   */
  int[] rulesFor(Class<?> type) {
    return byClass.computeIfAbsent(type, t -> {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).subjectType().isAssignableFrom(t)) {
          indexes.add(i);
        }
      }
      return indexes.stream().mapToInt(Integer::intValue).toArray();
    });
  }

  /**
   * Returns the rules enabled and in force on a day, and whether the pack is valid then.
   *
   * @param date the evaluation date
   * @return the rules in force
   */
  RulesInForce inForceOn(LocalDate date) {
    RulesInForce known = byDay.get(date);
    if (known == null) {
      if (byDay.size() >= REMEMBERED_DAYS) {
        byDay.clear();
      }
      known = RulesInForce.on(date, pack, descriptors, enabled);
      byDay.put(date, known);
    }
    return known;
  }

  /** Returns for example {@code PackRules[cn 2026.11, 131 rules]}. */
  @Override
  public String toString() {
    return "PackRules[" + pack.id() + " " + pack.version() + ", " + rules.size() + " rules]";
  }
}

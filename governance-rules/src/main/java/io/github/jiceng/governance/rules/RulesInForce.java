package io.github.jiceng.governance.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Which rules of a pack run on one day (enabled, and in force with at least one legal basis in force), and whether the
 * pack itself is valid then: the same for every record evaluated on that day, so the validator works it out once per
 * day instead of once per record and rule. Immutable.
 */
final class RulesInForce {
  private final LocalDate date;
  private final boolean packValid;
  private final boolean[] runs;

  private RulesInForce(LocalDate date, boolean packValid, boolean[] runs) {
    this.date = date;
    this.packValid = packValid;
    this.runs = runs;
  }

  /**
   * Works out the rules that run on a day.
   *
   * @param date the evaluation date
   * @param pack the pack
   * @param descriptors the descriptors of the pack's rules, in rule order
   * @param enabled whether each rule is enabled in the pack, in rule order
   * @return the rules in force
   */
  static RulesInForce on(LocalDate date, RulePack pack, List<RuleDescriptor> descriptors, boolean[] enabled) {
    boolean[] runs = new boolean[descriptors.size()];
    for (int i = 0; i < runs.length; i++) {
      runs[i] = enabled[i] && descriptors.get(i).isInForceOn(date);
    }
    return new RulesInForce(date, pack.isValidOn(date), runs);
  }

  /**
   * Tells whether the pack is valid on the day.
   *
   * @return true if it is
   */
  boolean packValid() {
    return packValid;
  }

  /**
   * Tells whether a rule runs on the day.
   *
   * @param rule the rule's index in rule order
   * @return true if it is enabled and in force
   */
  boolean runs(int rule) {
    return runs[rule];
  }

  /** Returns for example {@code RulesInForce[2026-06-01, 10 of 12 rules]}. */
  @Override
  public String toString() {
    int count = 0;
    for (boolean run : runs) {
      count += run ? 1 : 0;
    }
    return "RulesInForce[" + date + ", " + count + " of " + runs.length + " rules" + (packValid ? "" : ", pack not valid")
        + "]";
  }
}

package io.github.jiceng.governance.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a {@link RulePack} combines its own decisions with its ancestors' and checks them: decisions about unknown rules,
 * parameters no rule reads and overlapping parameter periods are rejected with the known names.
 */
final class PackOverlay {
  private PackOverlay() {}

  /** Ancestors' decisions overlaid with this pack's; every decision must name a known rule. */
  static <V> Map<String, V> overlay(
      Map<String, V> inherited, Map<String, V> own, Set<String> knownRules, String packId, String action) {
    Map<String, V> all = new LinkedHashMap<>(inherited);
    own.forEach((ruleId, decision) -> {
      if (!knownRules.contains(ruleId)) {
        throw new IllegalArgumentException(
            "pack " + packId + " cannot " + action + " rule " + ruleId + ": neither it nor an ancestor has that rule;"
                + " known rules: " + new TreeSet<>(knownRules));
      }
      all.put(ruleId, decision);
    });
    return Collections.unmodifiableMap(all);
  }

  /** This pack's parameter values by name, checked against the parameters the rules read. */
  static Map<String, List<ParameterValue<?>>> parameterValues(
      String packId, Collection<RuleDescriptor> descriptors, List<ParameterValue<?>> values) {
    Set<String> declared = new HashSet<>();
    descriptors.forEach(d -> declared.addAll(d.parameterNames()));
    Map<String, List<ParameterValue<?>>> byName = new LinkedHashMap<>();
    for (ParameterValue<?> value : values) {
      String name = value.parameter().name();
      if (!declared.contains(name)) {
        throw new IllegalArgumentException(
            "pack " + packId + " sets parameter " + name + ", which no rule of the pack or its ancestors reads; rules"
                + " list the parameters they read in Rule.parameters(); declared: " + new TreeSet<>(declared));
      }
      List<ParameterValue<?>> same = byName.computeIfAbsent(name, n -> new ArrayList<>());
      for (ParameterValue<?> other : same) {
        if (other.inForce().overlaps(value.inForce())) {
          throw new IllegalArgumentException(
              "pack " + packId + " sets parameter " + name + " twice for overlapping periods " + other.inForce()
                  + " and " + value.inForce());
        }
      }
      same.add(value);
    }
    byName.replaceAll((name, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byName);
  }

  /** A mandatory, non-blank reason. */
  static String requireReason(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required and must not be blank");
    }
    return reason;
  }
}

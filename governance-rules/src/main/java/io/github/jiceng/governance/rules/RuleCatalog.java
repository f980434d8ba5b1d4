package io.github.jiceng.governance.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every rule with its metadata (规则目录), sorted by id, for documentation and tools.
 */
public final class RuleCatalog {
  /** Descriptors by id, sorted. */
  private final Map<String, RuleDescriptor> byId;

  private RuleCatalog(Collection<RuleDescriptor> descriptors) {
    List<RuleDescriptor> sorted = new ArrayList<>(descriptors);
    sorted.sort(Comparator.comparing(RuleDescriptor::id));
    Map<String, RuleDescriptor> map = new LinkedHashMap<>();
    for (RuleDescriptor descriptor : sorted) {
      RuleDescriptor previous = map.put(descriptor.id().value(), descriptor);
      if (previous != null && !previous.ruleClass().equals(descriptor.ruleClass())) {
        throw new IllegalArgumentException(
            "rule id " + descriptor.id() + " is used by both " + previous.ruleClass().getName() + " and "
                + descriptor.ruleClass().getName());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  /**
   * Returns the catalog of some descriptors.
   *
   * @param descriptors the descriptors; one id must not belong to two rule classes
   * @return the catalog
   * @throws IllegalArgumentException if two rule classes share an id
   */
  public static RuleCatalog of(Collection<RuleDescriptor> descriptors) {
    return new RuleCatalog(Objects.requireNonNull(descriptors, "descriptors"));
  }

  /**
   * Returns the catalog of some rules, reading their descriptors.
   *
   * @param rules the rules
   * @return the catalog
   * @throws IllegalArgumentException if a rule's annotation is malformed or two rule classes share an id
   * @throws IllegalStateException if a rule's messages are missing
   */
  public static RuleCatalog ofRules(Collection<? extends Rule<?>> rules) {
    return new RuleCatalog(rules.stream().map(RuleDescriptor::of).collect(Collectors.toList()));
  }

  /**
   * Returns every descriptor, sorted by id.
   *
   * @return an immutable list
   */
  public List<RuleDescriptor> descriptors() {
    return List.copyOf(byId.values());
  }

  /**
   * Finds a rule by id.
   *
   * @param ruleId the id
   * @return the descriptor, or empty
   */
  public Optional<RuleDescriptor> find(String ruleId) {
    return Optional.ofNullable(byId.get(ruleId));
  }

  /**
   * Returns the rules of an area, sorted by id.
   *
   * @param area the area, for example {@code meeting}
   * @return an immutable list
   */
  public List<RuleDescriptor> inArea(String area) {
    Objects.requireNonNull(area, "area");
    return byId.values().stream().filter(d -> d.area().equals(area)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the areas that have rules.
   *
   * @return an immutable sorted set
   */
  public SortedSet<String> areas() {
    return Collections.unmodifiableSortedSet(
        byId.values().stream().map(RuleDescriptor::area).collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * Returns the number of rules.
   *
   * @return the size
   */
  public int size() {
    return byId.size();
  }

  /** Returns for example {@code RuleCatalog[12 rules in meeting, territory]}. */
  @Override
  public String toString() {
    return "RuleCatalog[" + byId.size() + " rules in " + String.join(", ", areas()) + "]";
  }
}

package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules in force for a jurisdiction over a period (规则包), as data where it can be (severities, switched-off
 * rules, parameters) and code where it must be (the rules).
 *
 * <p>Packs overlay: a pack may have a parent (national &lt;- Chongqing &lt;- district). A child inherits its
 * ancestors' rules, and may add rules, change a rule's severity or switch a rule off, each with a recorded reason, and
 * set parameters; the nearest pack's decision wins. Packs are immutable and serializable.
 *
 * <pre>{@code
 * RulePack chongqing = RulePack.builder("cn.chongqing", "2026.1", "500000")
 *     .parent(national)
 *     .overrideSeverity("meeting.notice.too-short", Severity.WARNING, "渝府发〔2026〕1号 allows ...")
 *     .parameter(NOTICE_DAYS, 7, ValidityPeriod.from(LocalDate.of(2026, 1, 1)), "重庆市村务公开条例 第十条")
 *     .build();
 * }</pre>
 */
public final class RulePack implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)*");

  /** The pack id. */
  private final String id;
  /** The pack version. */
  private final String version;
  /** The jurisdiction's division code. */
  private final Jurisdiction jurisdiction;
  /** When the pack itself is valid. */
  private final ValidityPeriod validity;
  /** The parent pack, or null. */
  private final RulePack parent;
  /** This pack's own rules. */
  private final List<Rule<?>> ownRules;
  /** Every rule of the chain, ancestors first, with its descriptor, by id. */
  private final Map<String, RuleDescriptor> descriptors;
  /** Every rule of the chain, ancestors first. */
  private final List<Rule<?>> rules;
  /** Effective severity overrides of the chain, by rule id. */
  private final Map<String, SeverityOverride> overrides;
  /** Effective disablements of the chain, by rule id. */
  private final Map<String, RuleDisablement> disablements;
  /** This pack's own parameter values, by parameter name. */
  private final Map<String, List<ParameterValue<?>>> parameterValues;

  private RulePack(Builder builder) {
    this.id = builder.id;
    this.version = builder.version;
    this.jurisdiction = builder.jurisdiction;
    this.validity = builder.validity;
    this.parent = builder.parent;
    if (parent != null && !parent.jurisdiction.contains(jurisdiction)) {
      throw new IllegalArgumentException("pack " + id + ": its jurisdiction " + jurisdiction
          + " does not lie within the jurisdiction " + parent.jurisdiction + " of its parent " + parent.id);
    }
    this.ownRules = List.copyOf(builder.rules);
    Map<String, RuleDescriptor> allDescriptors = new LinkedHashMap<>();
    List<Rule<?>> allRules = new ArrayList<>();
    if (parent != null) {
      allDescriptors.putAll(parent.descriptors);
      allRules.addAll(parent.rules);
    }
    for (Rule<?> rule : ownRules) {
      RuleDescriptor descriptor = RuleDescriptor.of(rule);
      RuleDescriptor previous = allDescriptors.putIfAbsent(descriptor.id().value(), descriptor);
      if (previous != null) {
        throw new IllegalArgumentException(
            "pack " + id + ": rule id " + descriptor.id() + " is already used by " + previous.ruleClass().getName()
                + "; a pack may not add a rule whose id its pack or an ancestor already has");
      }
      allRules.add(rule);
    }
    this.descriptors = Collections.unmodifiableMap(allDescriptors);
    this.rules = List.copyOf(allRules);
    this.overrides = PackOverlay.overlay(
        parent == null ? Map.of() : parent.overrides, builder.overrides, descriptors.keySet(), id,
        "change the severity of");
    this.disablements = PackOverlay.overlay(
        parent == null ? Map.of() : parent.disablements, builder.disablements, descriptors.keySet(), id, "switch off");
    this.parameterValues = PackOverlay.parameterValues(id, descriptors.values(), builder.parameterValues);
  }

  static String requireReason(String reason) {
    return PackOverlay.requireReason(reason);
  }

  /**
   * Starts a pack.
   *
   * @param id the pack id, lower-case dotted kebab-case, for example {@code cn.chongqing}
   * @param version the pack version, not blank, without whitespace, for example {@code 2026.1}
   * @param jurisdiction the jurisdiction the pack applies to, not null
   * @return a builder
   * @throws IllegalArgumentException if the id or version is malformed
   */
  public static Builder builder(String id, String version, Jurisdiction jurisdiction) {
    return new Builder(id, version, jurisdiction);
  }

  /**
   * Starts a pack for a jurisdiction given by its code.
   *
   * @param id the pack id, lower-case dotted kebab-case, for example {@code cn.chongqing}
   * @param version the pack version, not blank, without whitespace, for example {@code 2026.1}
   * @param jurisdictionCode {@code 100000} for the whole country, or an administrative division code such as
   *     {@code 500000} (see {@link Jurisdiction#parse})
   * @return a builder
   * @throws IllegalArgumentException if the id, version or code is malformed (an {@link
   *     io.github.jiceng.governance.core.id.InvalidIdentifierException} for the code)
   */
  public static Builder builder(String id, String version, String jurisdictionCode) {
    return new Builder(id, version, Jurisdiction.parse(Objects.requireNonNull(jurisdictionCode, "jurisdictionCode")));
  }

  /**
   * Returns the pack id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the pack version.
   *
   * @return the version
   */
  public String version() {
    return version;
  }

  /**
   * Returns the jurisdiction the pack applies to.
   *
   * @return the jurisdiction
   */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the period this pack itself is valid.
   *
   * @return the period
   */
  public ValidityPeriod validity() {
    return validity;
  }

  /**
   * Tells whether this pack and all its ancestors are valid on a day.
   *
   * @param date the day, not null
   * @return true if valid
   */
  public boolean isValidOn(LocalDate date) {
    return validity.contains(date) && (parent == null || parent.isValidOn(date));
  }

  /**
   * Returns the parent pack.
   *
   * @return the parent, or empty for a root pack
   */
  public Optional<RulePack> parent() {
    return Optional.ofNullable(parent);
  }

  /**
   * Returns this pack's own rules, without its ancestors'.
   *
   * @return an immutable list
   */
  public List<Rule<?>> ownRules() {
    return ownRules;
  }

  /**
   * Returns every rule of this pack and its ancestors, ancestors' first, including switched-off rules.
   *
   * @return an immutable list
   */
  public List<Rule<?>> rules() {
    return rules;
  }

  /**
   * Returns the descriptor of a rule of this pack or its ancestors.
   *
   * @param ruleId the rule id
   * @return the descriptor, or empty if the pack has no such rule
   */
  public Optional<RuleDescriptor> descriptor(String ruleId) {
    return Optional.ofNullable(descriptors.get(ruleId));
  }

  /**
   * Returns the severity of a rule in this pack: the nearest pack's override, or the rule's default.
   *
   * @param ruleId the rule id
   * @return the severity
   * @throws IllegalArgumentException if the pack has no such rule
   */
  public Severity severityOf(String ruleId) {
    RuleDescriptor descriptor = descriptors.get(ruleId);
    if (descriptor == null) {
      throw new IllegalArgumentException("pack " + id + " has no rule " + ruleId);
    }
    SeverityOverride override = overrides.get(ruleId);
    return override == null ? descriptor.severity() : override.severity();
  }

  /**
   * Returns the effective severity override of a rule.
   *
   * @param ruleId the rule id
   * @return the override of the nearest pack that changed it, or empty
   */
  public Optional<SeverityOverride> severityOverride(String ruleId) {
    return Optional.ofNullable(overrides.get(ruleId));
  }

  /**
   * Returns why a rule is switched off.
   *
   * @param ruleId the rule id
   * @return the disablement of the nearest pack that switched it off, or empty if the rule is on
   */
  public Optional<RuleDisablement> disablement(String ruleId) {
    return Optional.ofNullable(disablements.get(ruleId));
  }

  /**
   * Tells whether a rule of this pack is switched on.
   *
   * @param ruleId the rule id
   * @return true if the pack has the rule and no pack switched it off
   */
  public boolean isEnabled(String ruleId) {
    return descriptors.containsKey(ruleId) && !disablements.containsKey(ruleId);
  }

  /**
   * Returns the rules that are switched on and in force on a day.
   *
   * @param date the day, not null
   * @return an immutable list, ancestors' rules first
   */
  public List<Rule<?>> rulesInForce(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<Rule<?>> inForce = new ArrayList<>();
    List<RuleDescriptor> ordered = descriptorsInRuleOrder();
    for (int i = 0; i < rules.size(); i++) {
      RuleDescriptor descriptor = ordered.get(i);
      if (isEnabled(descriptor.id().value()) && descriptor.isInForceOn(date)) {
        inForce.add(rules.get(i));
      }
    }
    return List.copyOf(inForce);
  }

  /** The descriptors in the order of {@link #rules()}. */
  List<RuleDescriptor> descriptorsInRuleOrder() {
    return List.copyOf(descriptors.values());
  }

  /**
   * Returns a parameter's value on a day: the value of the nearest pack (this one first) that sets it for that day,
   * or the parameter's default.
   *
   * @param parameter the parameter, not null
   * @param date the day, not null
   * @param <T> the value type
   * @return the value with its provenance
   */
  public <T> ParameterValue<T> parameterValue(Parameter<T> parameter, LocalDate date) {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(date, "date");
    for (RulePack pack = this; pack != null; pack = pack.parent) {
      for (ParameterValue<?> value : pack.parameterValues.getOrDefault(parameter.name(), List.of())) {
        if (value.inForce().contains(date)) {
          return ParameterValue.ofPack(
              parameter, value.value(), pack.id, pack.version, value.inForce(), value.note().orElse(null));
        }
      }
    }
    return ParameterValue.defaultOf(parameter);
  }

  /**
   * Returns the catalog of every rule of this pack and its ancestors.
   *
   * @return the catalog
   */
  public RuleCatalog catalog() {
    return RuleCatalog.of(descriptors.values());
  }

  /** Returns for example {@code cn.chongqing 2026.1 (500000, [2026-01-01, ...), parent cn 2026.1)}. */
  @Override
  public String toString() {
    return id + " " + version + " (" + jurisdiction + ", " + validity
        + (parent == null ? "" : ", parent " + parent.id + " " + parent.version) + ")";
  }

  /** Builds a {@link RulePack}. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final String version;
    private final Jurisdiction jurisdiction;
    private ValidityPeriod validity = ValidityPeriod.always();
    private RulePack parent;
    private final List<Rule<?>> rules = new ArrayList<>();
    private final Map<String, SeverityOverride> overrides = new LinkedHashMap<>();
    private final Map<String, RuleDisablement> disablements = new LinkedHashMap<>();
    private final List<ParameterValue<?>> parameterValues = new ArrayList<>();

    private Builder(String id, String version, Jurisdiction jurisdiction) {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(jurisdiction, "jurisdiction");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "pack id '" + id + "' must be lower-case dot-separated kebab-case parts, like 'cn.chongqing'");
      }
      if (version.isEmpty() || version.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException("pack version '" + version + "' must be non-empty without whitespace");
      }
      this.id = id;
      this.version = version;
      this.jurisdiction = jurisdiction;
    }

    /**
     * Sets the period the pack is valid; the default is always.
     *
     * @param validity the period, not null
     * @return this builder
     */
    public Builder validity(ValidityPeriod validity) {
      this.validity = Objects.requireNonNull(validity, "validity");
      return this;
    }

    /**
     * Sets the parent pack, whose rules and decisions this pack inherits.
     *
     * @param parent the parent, not null; its jurisdiction must contain this pack's (checked by {@link #build()})
     * @return this builder
     */
    public Builder parent(RulePack parent) {
      this.parent = Objects.requireNonNull(parent, "parent");
      return this;
    }

    /**
     * Adds rules.
     *
     * @param rules the rules, none null
     * @return this builder
     */
    public Builder rules(Rule<?>... rules) {
      return rules(Arrays.asList(rules));
    }

    /**
     * Adds rules, such as a feature's rule set ({@code TerritoryRules.all()}).
     *
     * @param rules the rules, none null
     * @return this builder
     */
    public Builder rules(Collection<? extends Rule<?>> rules) {
      for (Rule<?> rule : rules) {
        this.rules.add(Objects.requireNonNull(rule, "rule"));
      }
      return this;
    }

    /**
     * Changes a rule's severity in this pack and its descendants.
     *
     * @param ruleId the id of a rule of this pack or an ancestor
     * @param severity the new severity, not null
     * @param reason why, not blank (for example the local regulation)
     * @return this builder
     */
    public Builder overrideSeverity(String ruleId, Severity severity, String reason) {
      overrides.put(Objects.requireNonNull(ruleId, "ruleId"), SeverityOverride.of(severity, reason, id));
      return this;
    }

    /**
     * Switches a rule off in this pack and its descendants.
     *
     * @param ruleId the id of a rule of this pack or an ancestor
     * @param reason why, not blank
     * @return this builder
     */
    public Builder disable(String ruleId, String reason) {
      disablements.put(Objects.requireNonNull(ruleId, "ruleId"), RuleDisablement.of(reason, id));
      return this;
    }

    /**
     * Sets a parameter for a period, with the reason.
     *
     * @param parameter a parameter read by a rule of this pack or an ancestor
     * @param value the value, of the parameter's type
     * @param inForce when the value applies; periods of one parameter in one pack must not overlap
     * @param note why, for example the local regulation; not blank
     * @param <T> the value type
     * @return this builder
     */
    public <T> Builder parameter(Parameter<T> parameter, T value, ValidityPeriod inForce, String note) {
      parameterValues.add(
          ParameterValue.ofPack(parameter, value, id, version, inForce, Objects.requireNonNull(note, "note")));
      return this;
    }

    /**
     * Sets a parameter for a period, without a note.
     *
     * @param parameter a parameter read by a rule of this pack or an ancestor
     * @param value the value, of the parameter's type
     * @param inForce when the value applies; periods of one parameter in one pack must not overlap
     * @param <T> the value type
     * @return this builder
     */
    public <T> Builder parameter(Parameter<T> parameter, T value, ValidityPeriod inForce) {
      parameterValues.add(ParameterValue.ofPack(parameter, value, id, version, inForce, null));
      return this;
    }

    /**
     * Builds the pack, reading every rule's descriptor.
     *
     * @return the pack
     * @throws IllegalArgumentException if a rule id repeats, a decision names an unknown rule, or a parameter is
     *     unknown or set twice for one day
     * @throws IllegalStateException if a rule's messages are missing
     */
    public RulePack build() {
      return new RulePack(this);
    }
  }
}

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything known about a rule without running it (规则说明): id, area, default severity, titles and message templates
 * in Chinese and English, legal bases, when it is in force, the record type it checks, its parameters and whether it
 * is deprecated. Read from the rule's {@link RuleDefinition} and message bundle.
 */
public final class RuleDescriptor implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Areas of findings that do not come from rules. */
  private static final Set<String> RESERVED_AREAS = Set.of("constraint", "json", "engine");

  /** The rule id. */
  private final FindingCode id;
  /** The default severity. */
  private final Severity severity;
  /** Titles: Chinese, English. */
  private final String titleChinese;
  /** English title. */
  private final String titleEnglish;
  /** Chinese message template. */
  private final MessageTemplate messageChinese;
  /** English message template. */
  private final MessageTemplate messageEnglish;
  /** Legal bases. */
  private final List<LegalBasis> bases;
  /** When the rule itself applies. */
  private final ValidityPeriod inForce;
  /** The record type. */
  private final Class<?> subjectType;
  /** The rule class. */
  private final Class<?> ruleClass;
  /** Names of the parameters read. */
  private final List<String> parameterNames;
  /** Whether the rule class is deprecated. */
  private final boolean deprecated;

  private RuleDescriptor(Rule<?> rule) {
    Class<?> type = rule.getClass();
    RuleDefinition definition = type.getAnnotation(RuleDefinition.class);
    if (definition == null) {
      throw new IllegalArgumentException(
          "rule class " + type.getName() + " has no @RuleDefinition; every rule declares its id, severity and basis");
    }
    this.id = FindingCode.ofRule(definition.id());
    if (RESERVED_AREAS.contains(id.area())) {
      throw new IllegalArgumentException(
          "rule id '" + id + "' uses the reserved area '" + id.area() + "'; areas " + RESERVED_AREAS
              + " are for findings that do not come from rules");
    }
    this.severity = definition.severity();
    this.ruleClass = type;
    this.subjectType = Objects.requireNonNull(rule.subjectType(), () -> type.getName() + ".subjectType()");
    this.bases = Arrays.stream(definition.basis()).map(LegalBasis::from).collect(Collectors.toUnmodifiableList());
    this.inForce = ValidityPeriod.parse(definition.inForceFrom(), definition.inForceUntil());
    this.parameterNames =
        rule.parameters().stream().map(Parameter::name).sorted().collect(Collectors.toUnmodifiableList());
    this.deprecated = type.isAnnotationPresent(Deprecated.class);
    MessageBundle bundle = MessageBundle.load(type, definition.bundle());
    this.titleChinese = bundle.require(id + ".title", Locale.SIMPLIFIED_CHINESE);
    this.titleEnglish = bundle.require(id + ".title", Locale.ENGLISH);
    this.messageChinese = MessageTemplate.parse(bundle.require(id + ".message", Locale.SIMPLIFIED_CHINESE));
    this.messageEnglish = MessageTemplate.parse(bundle.require(id + ".message", Locale.ENGLISH));
    if (!messageChinese.placeholders().equals(messageEnglish.placeholders())) {
      throw new IllegalStateException(
          "rule " + id + ": the Chinese and English messages must have the same placeholders, but Chinese has "
              + messageChinese.placeholders() + " and English has " + messageEnglish.placeholders());
    }
  }

  /**
   * Reads the descriptor of a rule from its annotation and message bundle.
   *
   * @param rule the rule, not null
   * @return the descriptor
   * @throws IllegalArgumentException if the annotation is missing or malformed
   * @throws IllegalStateException if the bundle or a key is missing, or the two languages' placeholders differ
   */
  public static RuleDescriptor of(Rule<?> rule) {
    return new RuleDescriptor(Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the rule id.
   *
   * @return the id
   */
  public FindingCode id() {
    return id;
  }

  /**
   * Returns the area: the first part of the id.
   *
   * @return the area
   */
  public String area() {
    return id.area();
  }

  /**
   * Returns the default severity, before any pack override.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the title in a locale's language (Chinese for Chinese locales, English otherwise).
   *
   * @param locale the locale, not null
   * @return the title
   */
  public String title(Locale locale) {
    return isChinese(locale) ? titleChinese : titleEnglish;
  }

  /**
   * Returns the message template in a locale's language.
   *
   * @param locale the locale, not null
   * @return the template
   */
  public MessageTemplate message(Locale locale) {
    return isChinese(locale) ? messageChinese : messageEnglish;
  }

  private static boolean isChinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  /**
   * Returns the legal bases.
   *
   * @return an immutable list, possibly empty
   */
  public List<LegalBasis> legalBases() {
    return bases;
  }

  /**
   * Returns the legal bases in force on a day.
   *
   * @param date the day, not null
   * @return an immutable list
   */
  public List<LegalBasis> legalBasesOn(LocalDate date) {
    List<LegalBasis> inForceOn = new ArrayList<>(bases.size());
    for (LegalBasis basis : bases) {
      if (basis.isInForceOn(date)) {
        inForceOn.add(basis);
      }
    }
    return List.copyOf(inForceOn);
  }

  /**
   * Returns the period the rule itself declares; see {@link #isInForceOn(LocalDate)}.
   *
   * @return the period
   */
  public ValidityPeriod inForce() {
    return inForce;
  }

  /**
   * Tells whether the rule applies on a day: the day is in the rule's own period and, if the rule has legal bases,
   * at least one of them is in force.
   *
   * @param date the day, not null
   * @return true if the rule applies
   */
  public boolean isInForceOn(LocalDate date) {
    if (!inForce.contains(date)) {
      return false;
    }
    if (bases.isEmpty()) {
      return true;
    }
    for (LegalBasis basis : bases) {
      if (basis.isInForceOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the type of record the rule checks.
   *
   * @return the record type
   */
  public Class<?> subjectType() {
    return subjectType;
  }

  /**
   * Returns the rule class.
   *
   * @return the class
   */
  public Class<?> ruleClass() {
    return ruleClass;
  }

  /**
   * Returns the names of the pack parameters the rule reads.
   *
   * @return an immutable sorted list
   */
  public List<String> parameterNames() {
    return parameterNames;
  }

  /**
   * Tells whether the rule is deprecated (its class is annotated {@link Deprecated}).
   *
   * @return true if deprecated
   */
  public boolean isDeprecated() {
    return deprecated;
  }

  /** Returns for example {@code meeting.quorum.not-met [ERROR] Quorum not met}. */
  @Override
  public String toString() {
    return id + " [" + severity + "] " + titleEnglish + (deprecated ? " (deprecated)" : "");
  }
}

package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.core.i18n.BilingualText;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One problem found in one record (检查结果): what (code and severity), about which record (subject), where (location),
 * the message in Chinese and English with the actual values, the same values as machine-readable attributes, the
 * legal basis and the rule pack.
 *
 * <p>A finding is a plain, immutable, serializable value; its message is already rendered in both languages, so the
 * locale of a reader changes only which text is shown. Findings from rules are made by the engine; other sources
 * (Bean Validation, the JSON reader) use {@link #builder(FindingCode, Severity, Subject)}. Findings order by subject,
 * location, code, severity and then text, which is the order of a {@link ValidationReport}.
 */
public final class Finding implements Comparable<Finding>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::subject)
          .thenComparing(Finding::location)
          .thenComparing(Finding::code)
          .thenComparing(Finding::severity)
          .thenComparing(f -> f.messageEnglish)
          .thenComparing(f -> f.messageChinese)
          .thenComparing(f -> f.attributes.toString())
          .thenComparing(f -> f.bases.toString())
          .thenComparing(f -> f.packId == null ? "" : f.packId + " " + f.packVersion);

  /** What was found. */
  private final FindingCode code;
  /** How serious. */
  private final Severity severity;
  /** About which record. */
  private final Subject subject;
  /** Where in the record. */
  private final Location location;
  /** Chinese message. */
  private final String messageChinese;
  /** English message. */
  private final String messageEnglish;
  /** Machine-readable arguments, sorted by name. */
  private final Map<String, String> attributes;
  /** Legal bases. */
  private final List<LegalBasis> bases;
  /** Rule pack id, or null. */
  private final String packId;
  /** Rule pack version, or null. */
  private final String packVersion;

  private Finding(Builder builder) {
    this.code = builder.code;
    this.severity = builder.severity;
    this.subject = builder.subject;
    this.location = builder.location;
    this.messageChinese = Objects.requireNonNull(builder.messageChinese, "message: call message(chinese, english)");
    this.messageEnglish = builder.messageEnglish;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
    this.bases = List.copyOf(builder.bases);
    this.packId = builder.packId;
    this.packVersion = builder.packVersion;
  }

  /**
   * Starts a finding. Rules do not call this: the engine does. Use it for findings from other sources, such as
   * {@code json.syntax}.
   *
   * @param code the code, not null
   * @param severity the severity, not null
   * @param subject the record, not null
   * @return a builder; {@link Builder#message(String, String)} is required
   */
  public static Builder builder(FindingCode code, Severity severity, Subject subject) {
    return new Builder(code, severity, subject);
  }

  /**
   * Returns the code: the rule id for findings from rules.
   *
   * @return the code
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the severity, after any pack override.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the record the finding is about.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /**
   * Returns where in the record the finding is.
   *
   * @return the location
   */
  public Location location() {
    return location;
  }

  /**
   * Returns the message in a locale's language: Chinese for Chinese locales, English otherwise.
   *
   * @param locale the locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(Objects.requireNonNull(locale, "locale").getLanguage())
        ? messageChinese
        : messageEnglish;
  }

  /**
   * Returns the message in both languages.
   *
   * @return the message
   */
  public BilingualText messages() {
    return BilingualText.of(messageChinese, messageEnglish);
  }

  /**
   * Returns the message arguments as locale-independent text, for programs (personal data masked unless the caller
   * asked for it in clear).
   *
   * @return an immutable map sorted by name
   */
  public Map<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns one attribute.
   *
   * @param name the argument name
   * @return the value, or empty
   */
  public Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name));
  }

  /**
   * Returns the legal bases in force on the evaluation date.
   *
   * @return an immutable list, empty for findings that rest on no law
   */
  public List<LegalBasis> legalBases() {
    return bases;
  }

  /**
   * Returns the id of the rule pack that produced the finding.
   *
   * @return the pack id, or empty for findings made outside a pack
   */
  public Optional<String> packId() {
    return Optional.ofNullable(packId);
  }

  /**
   * Returns the version of the rule pack that produced the finding.
   *
   * @return the pack version, or empty for findings made outside a pack
   */
  public Optional<String> packVersion() {
    return Optional.ofNullable(packVersion);
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return code.equals(that.code)
        && severity == that.severity
        && subject.equals(that.subject)
        && location.equals(that.location)
        && messageChinese.equals(that.messageChinese)
        && messageEnglish.equals(that.messageEnglish)
        && attributes.equals(that.attributes)
        && bases.equals(that.bases)
        && Objects.equals(packId, that.packId)
        && Objects.equals(packVersion, that.packVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, subject, location, messageEnglish, attributes);
  }

  /** Returns for example {@code ERROR meeting.quorum.not-met meeting/M1 at /attendance: attendance 45 of 100 ...}. */
  @Override
  public String toString() {
    return severity + " " + code + " " + subject + " at " + location + ": " + messageEnglish;
  }

  /** Builds a {@link Finding}. Not thread-safe. */
  public static final class Builder {
    private final FindingCode code;
    private final Severity severity;
    private final Subject subject;
    private Location location = Location.root();
    private String messageChinese;
    private String messageEnglish;
    private final Map<String, String> attributes = new TreeMap<>();
    private final List<LegalBasis> bases = new ArrayList<>();
    private String packId;
    private String packVersion;

    private Builder(FindingCode code, Severity severity, Subject subject) {
      this.code = Objects.requireNonNull(code, "code");
      this.severity = Objects.requireNonNull(severity, "severity");
      this.subject = Objects.requireNonNull(subject, "subject");
    }

    /**
     * Sets where the finding is; the default is the whole record.
     *
     * @param location the location, not null
     * @return this builder
     */
    public Builder location(Location location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * Sets the rendered message (required). Personal data in it must already be masked.
     *
     * @param chinese the Chinese message, not blank
     * @param english the English message, not blank
     * @return this builder
     * @throws IllegalArgumentException if a message is blank
     */
    public Builder message(String chinese, String english) {
      BilingualText.of(chinese, english);
      this.messageChinese = chinese;
      this.messageEnglish = english;
      return this;
    }

    /**
     * Adds a machine-readable attribute.
     *
     * @param name the argument name, not null
     * @param value the locale-independent value, not null
     * @return this builder
     */
    public Builder attribute(String name, String value) {
      attributes.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds a legal basis.
     *
     * @param basis the basis, not null
     * @return this builder
     */
    public Builder basis(LegalBasis basis) {
      bases.add(Objects.requireNonNull(basis, "basis"));
      return this;
    }

    /**
     * Sets the rule pack that produced the finding.
     *
     * @param id the pack id, not null
     * @param version the pack version, not null
     * @return this builder
     */
    public Builder pack(String id, String version) {
      this.packId = Objects.requireNonNull(id, "id");
      this.packVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Builds the finding.
     *
     * @return the finding
     * @throws NullPointerException if no message was set
     */
    public Finding build() {
      return new Finding(this);
    }
  }
}

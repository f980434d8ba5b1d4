package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal basis of a rule (法律依据): an instrument, optionally its version and article, the period it is in force,
 * how sure we are of it, and a note.
 *
 * <p>Example: {@code LegalBasis.of("中华人民共和国村民委员会组织法", Confidence.CONFIRMED).withArticle("第二十二条")
 * .withVersion("2018年修正")}.
 */
public final class LegalBasis implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The instrument's title. */
  private final String instrument;
  /** The article, or null. */
  private final String article;
  /** The version, or null. */
  private final String version;
  /** When the instrument (in this version) is in force. */
  private final ValidityPeriod inForce;
  /** How sure we are. */
  private final Confidence confidence;
  /** A note, or null. */
  private final String note;

  private LegalBasis(
      String instrument, String article, String version, ValidityPeriod inForce, Confidence confidence, String note) {
    this.instrument = requireText(instrument, "instrument");
    this.article = optionalText(article, "article");
    this.version = optionalText(version, "version");
    this.inForce = Objects.requireNonNull(inForce, "inForce");
    this.confidence = Objects.requireNonNull(confidence, "confidence");
    this.note = optionalText(note, "note");
  }

  /**
   * Returns a basis that is a whole instrument, always in force, without version or note.
   *
   * @param instrument the instrument's title, for example {@code 中华人民共和国村民委员会组织法}; not blank
   * @param confidence how sure we are, not null
   * @return the basis
   * @throws IllegalArgumentException if the instrument is blank
   */
  public static LegalBasis of(String instrument, Confidence confidence) {
    return new LegalBasis(instrument, null, null, ValidityPeriod.always(), confidence, null);
  }

  /**
   * Returns the basis of a {@link Basis} annotation; empty attributes mean absent.
   *
   * @param basis the annotation, not null
   * @return the basis
   * @throws IllegalArgumentException if the instrument is blank or a date is not ISO-8601
   */
  public static LegalBasis from(Basis basis) {
    Objects.requireNonNull(basis, "basis");
    return new LegalBasis(
        basis.instrument(),
        emptyToNull(basis.article()),
        emptyToNull(basis.version()),
        ValidityPeriod.parse(basis.inForceFrom(), basis.inForceUntil()),
        basis.confidence(),
        emptyToNull(basis.note()));
  }

  /**
   * Returns this basis with an article.
   *
   * @param article the article, for example {@code 第二十二条}; not blank
   * @return a new basis
   */
  public LegalBasis withArticle(String article) {
    return new LegalBasis(instrument, requireText(article, "article"), version, inForce, confidence, note);
  }

  /**
   * Returns this basis with a version of the instrument.
   *
   * @param version the version or its date, for example {@code 2018年修正}; not blank
   * @return a new basis
   */
  public LegalBasis withVersion(String version) {
    return new LegalBasis(instrument, article, requireText(version, "version"), inForce, confidence, note);
  }

  /**
   * Returns this basis with the period during which it is in force.
   *
   * @param inForce the period, not null
   * @return a new basis
   */
  public LegalBasis withInForce(ValidityPeriod inForce) {
    return new LegalBasis(instrument, article, version, inForce, confidence, note);
  }

  /**
   * Returns this basis with a note.
   *
   * @param note the note, for example where the text was checked; not blank
   * @return a new basis
   */
  public LegalBasis withNote(String note) {
    return new LegalBasis(instrument, article, version, inForce, confidence, requireText(note, "note"));
  }

  private static String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }

  private static String requireText(String text, String what) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("legal basis " + what + " must not be blank");
    }
    return text;
  }

  private static String optionalText(String text, String what) {
    return text == null ? null : requireText(text, what);
  }

  /**
   * Returns the instrument's title.
   *
   * @return the title
   */
  public String instrument() {
    return instrument;
  }

  /**
   * Returns the article.
   *
   * @return the article, or empty if the basis is the whole instrument
   */
  public Optional<String> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Returns the version of the instrument.
   *
   * @return the version, or empty
   */
  public Optional<String> version() {
    return Optional.ofNullable(version);
  }

  /**
   * Returns the period during which the basis is in force.
   *
   * @return the period
   */
  public ValidityPeriod inForce() {
    return inForce;
  }

  /**
   * Tells whether the basis is in force on a day.
   *
   * @param date the day, not null
   * @return true if in force
   */
  public boolean isInForceOn(LocalDate date) {
    return inForce.contains(date);
  }

  /**
   * Returns how sure we are of the basis.
   *
   * @return the confidence
   */
  public Confidence confidence() {
    return confidence;
  }

  /**
   * Returns the note.
   *
   * @return the note, or empty
   */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof LegalBasis)) {
      return false;
    }
    LegalBasis that = (LegalBasis) other;
    return instrument.equals(that.instrument)
        && Objects.equals(article, that.article)
        && Objects.equals(version, that.version)
        && inForce.equals(that.inForce)
        && confidence == that.confidence
        && Objects.equals(note, that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, article, version, inForce, confidence, note);
  }

  /** Returns for example {@code 中华人民共和国村民委员会组织法 第二十二条 (2018年修正) [CONFIRMED]}. */
  @Override
  public String toString() {
    return instrument
        + (article == null ? "" : " " + article)
        + (version == null ? "" : " (" + version + ")")
        + " [" + confidence + "]";
  }
}

package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A recorded decision to accept a finding (豁免): it suppresses one code for one record and/or below one place, for a
 * reason, optionally until an expiry date. Suppressed findings are still reported, as suppressed.
 *
 * <p>A waiver applies to a finding when the codes are equal, the subject (if given) equals the finding's subject, the
 * path (if given) is a prefix of the finding's pointer, and the waiver has not expired on the validator's today (an
 * administrative date, not the record's date).
 */
public final class Waiver implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The code waived. */
  private final FindingCode code;
  /** The record, or null for every record. */
  private final Subject subject;
  /** The pointer prefix, or null for the whole record. */
  private final JsonPointer path;
  /** Why. */
  private final String reason;
  /** First day the waiver no longer applies, or null. */
  private final LocalDate expiresOn;

  private Waiver(FindingCode code, Subject subject, JsonPointer path, String reason, LocalDate expiresOn) {
    this.code = Objects.requireNonNull(code, "code");
    if (subject == null && path == null) {
      throw new IllegalArgumentException(
          "a waiver of " + code + " needs a subject or a path; to switch a rule off everywhere, disable it in a pack");
    }
    if (subject != null && subject.id().isEmpty()) {
      throw new IllegalArgumentException("a waiver of " + code + " needs a subject with an id, but got " + subject);
    }
    this.subject = subject;
    this.path = path;
    this.reason = RulePack.requireReason(reason);
    this.expiresOn = expiresOn;
  }

  /**
   * Waives a code for one record.
   *
   * @param code the finding code, for example {@code meeting.quorum.not-met}
   * @param subject the record, with an id
   * @param reason why, not blank
   * @return the waiver, without expiry
   * @throws IllegalArgumentException if the code is malformed, the subject has no id or the reason is blank
   */
  public static Waiver forSubject(String code, Subject subject, String reason) {
    return new Waiver(FindingCode.of(code), Objects.requireNonNull(subject, "subject"), null, reason, null);
  }

  /**
   * Waives a code below a place in every record.
   *
   * @param code the finding code
   * @param path the pointer prefix, not null
   * @param reason why, not blank
   * @return the waiver, without expiry
   * @throws IllegalArgumentException if the code is malformed or the reason is blank
   */
  public static Waiver forPath(String code, JsonPointer path, String reason) {
    return new Waiver(FindingCode.of(code), null, Objects.requireNonNull(path, "path"), reason, null);
  }

  /**
   * Waives a code below a place in one record.
   *
   * @param code the finding code
   * @param subject the record, with an id
   * @param path the pointer prefix, not null
   * @param reason why, not blank
   * @return the waiver, without expiry
   * @throws IllegalArgumentException if the code is malformed, the subject has no id or the reason is blank
   */
  public static Waiver of(String code, Subject subject, JsonPointer path, String reason) {
    return new Waiver(
        FindingCode.of(code),
        Objects.requireNonNull(subject, "subject"),
        Objects.requireNonNull(path, "path"),
        reason,
        null);
  }

  /**
   * Returns this waiver with an expiry date.
   *
   * @param expiresOn the first day the waiver no longer applies, not null
   * @return a new waiver
   */
  public Waiver expiringOn(LocalDate expiresOn) {
    return new Waiver(code, subject, path, reason, Objects.requireNonNull(expiresOn, "expiresOn"));
  }

  /**
   * Tells whether this waiver suppresses a finding on a day.
   *
   * @param finding the finding, not null
   * @param today the day the validation runs, not null
   * @return true if the finding is suppressed
   */
  public boolean appliesTo(Finding finding, LocalDate today) {
    return code.equals(finding.code())
        && !isExpiredOn(today)
        && (subject == null || subject.equals(finding.subject()))
        && (path == null || finding.location().pointer().startsWith(path));
  }

  /**
   * Tells whether the waiver has expired on a day.
   *
   * @param today the day, not null
   * @return true if the day is on or after the expiry date
   */
  public boolean isExpiredOn(LocalDate today) {
    Objects.requireNonNull(today, "today");
    return expiresOn != null && !today.isBefore(expiresOn);
  }

  /**
   * Returns the code waived.
   *
   * @return the code
   */
  public FindingCode code() {
    return code;
  }

  /**
   * Returns the record waived.
   *
   * @return the subject, or empty for every record
   */
  public Optional<Subject> subject() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the pointer prefix waived.
   *
   * @return the path, or empty for the whole record
   */
  public Optional<JsonPointer> path() {
    return Optional.ofNullable(path);
  }

  /**
   * Returns why.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the first day the waiver no longer applies.
   *
   * @return the expiry, or empty if it does not expire
   */
  public Optional<LocalDate> expiresOn() {
    return Optional.ofNullable(expiresOn);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Waiver)) {
      return false;
    }
    Waiver that = (Waiver) other;
    return code.equals(that.code)
        && Objects.equals(subject, that.subject)
        && Objects.equals(path, that.path)
        && reason.equals(that.reason)
        && Objects.equals(expiresOn, that.expiresOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, subject, path, reason, expiresOn);
  }

  /** Returns for example {@code waiver of meeting.quorum.not-met for meeting/M1 until 2027-01-01: reason}. */
  @Override
  public String toString() {
    return "waiver of " + code
        + (subject == null ? "" : " for " + subject)
        + (path == null ? "" : " at " + (path.isRoot() ? "(root)" : path.toString()))
        + (expiresOn == null ? "" : " until " + expiresOn)
        + ": " + reason;
  }
}

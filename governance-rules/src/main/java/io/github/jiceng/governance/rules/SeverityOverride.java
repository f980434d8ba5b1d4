package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * A rule pack's change of a rule's severity (严重程度调整), with the reason and the pack that made it.
 */
public final class SeverityOverride implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The new severity. */
  private final Severity severity;
  /** Why. */
  private final String reason;
  /** The pack that made the change. */
  private final String packId;

  private SeverityOverride(Severity severity, String reason, String packId) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.reason = RulePack.requireReason(reason);
    this.packId = Objects.requireNonNull(packId, "packId");
  }

  static SeverityOverride of(Severity severity, String reason, String packId) {
    return new SeverityOverride(severity, reason, packId);
  }

  /**
   * Returns the new severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns why the severity was changed.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the id of the pack that changed it.
   *
   * @return the pack id
   */
  public String packId() {
    return packId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SeverityOverride
        && severity == ((SeverityOverride) other).severity
        && reason.equals(((SeverityOverride) other).reason)
        && packId.equals(((SeverityOverride) other).packId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, reason, packId);
  }

  /** Returns for example {@code WARNING by cn.chongqing: reason}. */
  @Override
  public String toString() {
    return severity + " by " + packId + ": " + reason;
  }
}

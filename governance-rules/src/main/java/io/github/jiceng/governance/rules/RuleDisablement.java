package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Objects;

/**
 * A rule pack's decision to switch a rule off (停用规则), with the reason and the pack that made it.
 */
public final class RuleDisablement implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Why. */
  private final String reason;
  /** The pack that switched the rule off. */
  private final String packId;

  private RuleDisablement(String reason, String packId) {
    this.reason = RulePack.requireReason(reason);
    this.packId = Objects.requireNonNull(packId, "packId");
  }

  static RuleDisablement of(String reason, String packId) {
    return new RuleDisablement(reason, packId);
  }

  /**
   * Returns why the rule was switched off.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the id of the pack that switched it off.
   *
   * @return the pack id
   */
  public String packId() {
    return packId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleDisablement
        && reason.equals(((RuleDisablement) other).reason)
        && packId.equals(((RuleDisablement) other).packId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, packId);
  }

  /** Returns for example {@code disabled by cn.chongqing: reason}. */
  @Override
  public String toString() {
    return "disabled by " + packId + ": " + reason;
  }
}

package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The approval path of changes to a catalogue (清单调整审批程序): which government proposes a new, changed or dropped
 * item and which approves it; in 渝北区, "由区政府报市政府审定后实施" (the district proposes, the city approves).
 *
 * <pre>{@code
 * ApprovalPath yubei = ApprovalPath.of(DivisionCode.parse("500112"), DivisionCode.parse("500000"));
 * }</pre>
 */
@Value.Immutable
public abstract class ApprovalPath {
  ApprovalPath() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableApprovalPath.Builder builder() {
    return new ImmutableApprovalPath.Builder();
  }

  /**
   * Returns a path without a description.
   *
   * @param proposer the jurisdiction whose government proposes changes, not null
   * @param approver the jurisdiction whose government approves them, not null
   * @return the path
   * @throws NullPointerException if an argument is null
   */
  public static ApprovalPath of(DivisionCode proposer, DivisionCode approver) {
    return builder()
        .proposer(Objects.requireNonNull(proposer, "proposer"))
        .approver(Objects.requireNonNull(approver, "approver"))
        .build();
  }

  /**
   * Returns the jurisdiction whose government proposes changes.
   *
   * @return the proposer, such as {@code 500112} (渝北区)
   */
  public abstract DivisionCode proposer();

  /**
   * Returns the jurisdiction whose government approves changes (审定).
   *
   * @return the approver, such as {@code 500000} (重庆市)
   */
  public abstract DivisionCode approver();

  /**
   * Returns the path in the source's words.
   *
   * @return for example {@code "由区政府报市政府审定后实施"}, or empty
   */
  public abstract Optional<String> description();

  /** Returns for example {@code "ApprovalPath[500112 -> 500000]"}. */
  @Override
  public String toString() {
    return "ApprovalPath[" + Jurisdiction.of(proposer()).code() + " -> " + Jurisdiction.of(approver()).code() + description().map(d -> " " + d).orElse("") + "]";
  }
}

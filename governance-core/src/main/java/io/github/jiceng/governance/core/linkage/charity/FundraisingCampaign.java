package io.github.jiceng.governance.core.linkage.charity;

import io.github.jiceng.governance.core.linkage.ActorRef;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A fundraising campaign (募捐活动): who organises it, whether it raises from the public, the qualified charity it
 * works with if the organiser has no qualification (慈善法 Art 26), its period, its plan and the days it disclosed
 * its fundraising (信息公开, Art 79).
 *
 * <p>The period runs from {@link #start()} to {@link #end()}, both inclusive. Construction rejects an end before the
 * start; the rules check the qualification, the plan and the disclosure cadence.
 */
@Value.Immutable
public abstract class FundraisingCampaign {
  FundraisingCampaign() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableFundraisingCampaign.Builder builder() {
    return new ImmutableFundraisingCampaign.Builder();
  }

  /**
   * Returns the record's id, such as the plan's filing number.
   *
   * @return the id; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the campaign's name.
   *
   * @return the name; checked to be non-blank by the rules
   */
  @NotBlank
  public abstract String name();

  /**
   * Returns who organises the campaign: a social organisation, a community fund or a committee.
   *
   * @return the organiser
   */
  @Valid
  public abstract ActorRef organiser();

  /**
   * Returns the charity with the public-fundraising qualification that runs a public campaign for an organiser
   * without one (合作开展公开募捐, Art 26).
   *
   * @return the partner, or empty
   */
  public abstract Optional<@Valid ActorRef> qualifiedPartner();

  /**
   * Returns how the campaign raises funds.
   *
   * @return the method
   */
  public abstract FundraisingMethod method();

  /**
   * Returns the first day of the campaign.
   *
   * @return the first day
   */
  public abstract LocalDate start();

  /**
   * Returns the last day of the campaign (inclusive).
   *
   * @return the last day
   */
  public abstract LocalDate end();

  /**
   * Returns the campaign's plan.
   *
   * @return the plan
   */
  public abstract FundraisingPlan plan();

  /**
   * Returns the days the campaign disclosed its fundraising, including any final disclosure after the end.
   *
   * @return the days, in any order
   */
  public abstract List<LocalDate> disclosures();

  @Value.Check
  void check() {
    if (end().isBefore(start())) {
      throw new IllegalArgumentException("FundraisingCampaign '" + id() + "': end " + end() + " is before start "
          + start());
    }
  }

  /** Returns for example {@code "FundraisingCampaign[C-1 金州社区助老募捐 PUBLIC 2026-01-01 to 2026-12-31]"}. */
  @Override
  public String toString() {
    return "FundraisingCampaign[" + id() + " " + name() + " " + method() + " by " + organiser()
        + qualifiedPartner().map(p -> " with " + p).orElse("") + ", " + start() + " to " + end() + ", "
        + disclosures().size() + " disclosures]";
  }
}

package io.github.jiceng.governance.core.linkage.charity;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The plan of a public fundraising campaign (募捐方案, 慈善法 Art 24): purpose, area, person in charge, ways of
 * receiving donations, bank account, beneficiaries, use, costs and the disposal of any surplus. The period is the
 * campaign's own start and end. Every field is optional here so that incomplete plans can be read; the rules report
 * what is missing ({@code linkage.campaign.plan-incomplete}).
 */
@Value.Immutable
public abstract class FundraisingPlan {
  FundraisingPlan() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableFundraisingPlan.Builder builder() {
    return new ImmutableFundraisingPlan.Builder();
  }

  /**
   * Returns the purpose of the fundraising (募捐目的).
   *
   * @return the purpose, or empty
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the area where funds are raised (募捐活动的地域范围).
   *
   * @return the area, or empty
   */
  public abstract Optional<String> area();

  /**
   * Returns the person in charge (活动负责人).
   *
   * @return the name and contact, or empty
   */
  public abstract Optional<String> personInCharge();

  /**
   * Returns how donations are received (接受捐赠方式).
   *
   * @return the ways, or empty
   */
  public abstract Optional<String> receivingMethods();

  /**
   * Returns the bank account (银行账户) of the qualified organisation that receives the donations.
   *
   * @return the account, or empty
   */
  public abstract Optional<String> bankAccount();

  /**
   * Returns who benefits (受益人).
   *
   * @return the beneficiaries, or empty
   */
  public abstract Optional<String> beneficiaries();

  /**
   * Returns how the money will be used (募得款物用途).
   *
   * @return the use, or empty
   */
  public abstract Optional<String> use();

  /**
   * Returns the fundraising costs (募捐成本).
   *
   * @return a description of the costs, or empty
   */
  public abstract Optional<String> costs();

  /**
   * Returns what happens to any surplus (剩余财产的处理).
   *
   * @return the disposal, or empty
   */
  public abstract Optional<String> surplusDisposal();

  /** Returns the plan's fields that are present. */
  @Override
  public String toString() {
    return "FundraisingPlan[" + purpose().orElse("(no purpose)") + area().map(a -> ", area " + a).orElse("") + "]";
  }
}

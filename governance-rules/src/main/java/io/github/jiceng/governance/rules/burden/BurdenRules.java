package io.github.jiceng.governance.rules.burden;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of burden reduction (减负规则集): admission requests, recorded decisions, certificate requests and the
 * integrity of list catalogues, to add to a rule pack.
 */
public final class BurdenRules {
  private BurdenRules() {
  }

  /**
   * Returns a new instance of every burden rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(
        new FundingMissingRule(),
        new LateApplicationRule(),
        new NegativeListRule(),
        new NoListsRule(),
        new NotListedRule(),
        new UnknownItemRule(),
        new UnlistedOrderRule(),
        new ChangeNotApprovedRule(),
        new DuplicateItemIdRule(),
        new IncompatibleListsRule(),
        new PreviousMissingRule(),
        new VersionOrderRule(),
        new CertificateMayNotIssueRule(),
        new CertificateNoListsRule(),
        new CertificateNotListedRule(),
        new CommitmentAppliesRule(),
        new DecisionAdmitsNegativeRule(),
        new DecisionOverdueRule());
  }
}

package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.rules.Rule;
import java.util.List;

/**
 * The rules of village rules and residents' conventions (村规民约、居民公约规则集), to add to a rule pack.
 */
public final class CovenantRules {
  private CovenantRules() {
  }

  /**
   * Returns a new instance of every covenant rule.
   *
   * @return the rules, in id order
   */
  public static List<Rule<?>> all() {
    return List.of(
        new DelegatedRule(),
        new MeetingMismatchRule(),
        new MeetingMissingRule(),
        new NotReviewedRule(),
        new NotVotedRule(),
        new StepMissingRule(),
        new StepOrderRule(),
        new WrongBodyRule(),
        new AreaMissingRule(),
        new CriminalLabelRule(),
        new FineClauseRule(),
        new LibertyClauseRule(),
        new MarriageRestrictionRule(),
        new PetitionRestrictionRule(),
        new SubsidyConditionRule(),
        new WomenDistributionRule(),
        new FilingLateRule(),
        new FilingMissingRule(),
        new FilingWrongBodyRule(),
        new ProvisionalFilingWrongBodyRule(),
        new PublishedBeforeFilingRule(),
        new NoWomenAtVoteRule());
  }
}

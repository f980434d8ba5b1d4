package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.Review;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.util.Optional;

/**
 * A covenant was put to the vote without a cleared review by the township or street (表决前未经乡镇（街道）审核): no
 * review is recorded, or the review submitted before the vote has no result, was returned for revision, or was decided
 * after the vote. The 2018 guidance's third step (提请审核) requires the draft to be reviewed before the vote. A review
 * submitted after the vote is a step-order error instead.
 */
@RuleDefinition(
    id = "covenant.adoption.not-reviewed",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.CONFIRMED, note = Bases.GUIDANCE_NOTE)})
public final class NotReviewedRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;
  private static final BilingualText MISSING = BilingualText.of("未记录审核", "no review is recorded");
  private static final BilingualText PENDING = BilingualText.of("审核尚无结论", "the review has no result");
  private static final BilingualText RETURNED = BilingualText.of("审核意见为退回修改", "the draft was returned for revision");
  private static final BilingualText LATE = BilingualText.of("审核结论晚于表决", "the review was decided after the vote");

  /** Creates the rule. */
  public NotReviewedRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    Optional<AdoptionVote> vote = record.adoption().flatMap(AdoptionRecord::vote);
    if (vote.isEmpty()) {
      return;
    }
    Optional<Review> review = record.adoption().flatMap(AdoptionRecord::review);
    BilingualText problem;
    if (review.isEmpty()) {
      problem = MISSING;
    } else if (review.get().submitted().isAfter(vote.get().date())) {
      return;
    } else if (review.get().result().isEmpty() || review.get().decided().isEmpty()) {
      problem = PENDING;
    } else if (!review.get().result().get().clearsTheDraft()) {
      problem = RETURNED;
    } else if (review.get().decided().get().isAfter(vote.get().date())) {
      problem = LATE;
    } else {
      return;
    }
    out.report(JsonPointer.of("adoption", "review"), new Args().put("voteDate", vote.get().date())
        .put("problem", problem).map());
  }
}

package io.github.jiceng.governance.rules.covenant;

import io.github.jiceng.governance.core.covenant.AdoptionRecord;
import io.github.jiceng.governance.core.covenant.AdoptionVote;
import io.github.jiceng.governance.core.covenant.Covenant;
import io.github.jiceng.governance.core.covenant.Filing;
import io.github.jiceng.governance.core.i18n.BilingualText;
import io.github.jiceng.governance.rules.Basis;
import io.github.jiceng.governance.rules.Confidence;
import io.github.jiceng.governance.rules.FindingCollector;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleContext;
import io.github.jiceng.governance.rules.RuleDefinition;
import io.github.jiceng.governance.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A covenant was filed, or is still unfiled, later than a deadline after its adoption (逾期备案). The national text's
 * deadline ("通过后十日内") is unconfirmed (reference §3.2 [U]), so the check is off unless a pack sets {@link
 * #DEADLINE_DAYS}. The deadline is the N-th day after the vote (民法典 第二百零一条: the period starts the next day). An
 * unfiled covenant is overdue only when the validator has an as-of date after the deadline.
 */
@RuleDefinition(
    id = "covenant.filing.late",
    severity = Severity.WARNING,
    basis = {
        @Basis(instrument = Bases.GUIDANCE, version = Bases.GUIDANCE_VERSION, inForceFrom = Bases.GUIDANCE_FROM,
            confidence = Confidence.PROVISIONAL,
            note = "reference §3.2 [U]: a filing deadline of ten days after adoption is recalled, not found; off"
                + " unless a pack sets covenant.filing.deadline-days")})
public final class FilingLateRule implements Rule<Covenant> {
  private static final long serialVersionUID = 1L;

  /**
   * Days after the adoption vote by which a covenant must be filed; 0 (the default) turns the check off, because the
   * deadline is unconfirmed.
   */
  public static final Parameter<Integer> DEADLINE_DAYS =
      Parameter.of("covenant.filing.deadline-days", Integer.class, 0);

  /** Creates the rule. */
  public FilingLateRule() {
    // stateless
  }

  @Override
  public Class<Covenant> subjectType() {
    return Covenant.class;
  }

  @Override
  public List<Parameter<?>> parameters() {
    return List.of(DEADLINE_DAYS);
  }

  @Override
  public void check(Covenant record, RuleContext context, FindingCollector out) {
    int days = context.parameter(DEADLINE_DAYS);
    Optional<AdoptionVote> vote = record.adoption().flatMap(AdoptionRecord::vote).filter(AdoptionVote::adopted);
    if (days <= 0 || vote.isEmpty()) {
      return;
    }
    LocalDate deadline = vote.get().date().plusDays(days);
    Optional<Filing> filing = record.adoption().flatMap(AdoptionRecord::filing);
    BilingualText status;
    if (filing.isPresent()) {
      if (!filing.get().date().isAfter(deadline)) {
        return;
      }
      status = BilingualText.of("于" + filing.get().date() + "备案", "filed on " + filing.get().date());
    } else if (context.asOf().filter(asOf -> asOf.isAfter(deadline)).isPresent()) {
      status = BilingualText.of("截至" + context.asOf().get() + "仍未备案", "not filed as of " + context.asOf().get());
    } else {
      return;
    }
    out.report(JsonPointer.of("adoption", "filing"), new Args().put("voteDate", vote.get().date()).put("days", days)
        .put("deadline", deadline).put("status", status).map());
  }
}

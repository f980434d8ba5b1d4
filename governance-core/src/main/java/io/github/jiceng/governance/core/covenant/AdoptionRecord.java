package io.github.jiceng.governance.core.covenant;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of how a covenant version was made (制定程序记录): the five steps of the 2018 seven-ministry guidance, each
 * with its date and evidence, any of which may be missing from the record.
 *
 * <ol>
 *   <li>{@link #solicitation()} 征集民意: opinions solicited;
 *   <li>{@link #drafting()} 拟定草案: draft prepared;
 *   <li>{@link #review()} 提请审核: reviewed by the township or street, with its result;
 *   <li>{@link #vote()} 审议表决: deliberated and voted at a meeting;
 *   <li>{@link #filing()} 备案 and {@link #publication()} 公布: filed with the body the law names, then published.
 * </ol>
 *
 * <pre>{@code
 * AdoptionRecord record = AdoptionRecord.builder()
 *     .solicitation(AdoptionStep.of(LocalDate.of(2024, 1, 10), "村民座谈会 3 场"))
 *     .drafting(AdoptionStep.of(LocalDate.of(2024, 1, 25)))
 *     .review(Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED, LocalDate.of(2024, 2,
 * 20)))     .vote(AdoptionVote.of(LocalDate.of(2024, 3, 20), "DX-2024-03", MeetingType.VILLAGERS_MEETING, true))
 * .filing(Filing.of(LocalDate.of(2024, 3, 28), FilingBody.TOWNSHIP_GOVERNMENT))
 * .publication(AdoptionStep.of(LocalDate.of(2024, 4, 2), "村务公开栏"))     .build(); }</pre>
 */
@Value.Immutable
public abstract class AdoptionRecord {
  AdoptionRecord() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableAdoptionRecord.Builder builder() {
    return new ImmutableAdoptionRecord.Builder();
  }

  /**
   * Returns the solicitation of opinions (征集民意).
   *
   * @return the step, or empty if not recorded
   */
  public abstract Optional<AdoptionStep> solicitation();

  /**
   * Returns the preparation of the draft (拟定草案).
   *
   * @return the step, or empty if not recorded
   */
  public abstract Optional<AdoptionStep> drafting();

  /**
   * Returns the review by the township or street (提请审核).
   *
   * @return the review, or empty if not recorded
   */
  public abstract Optional<Review> review();

  /**
   * Returns the deliberation and vote (审议表决).
   *
   * @return the vote, or empty if not recorded
   */
  public abstract Optional<AdoptionVote> vote();

  /**
   * Returns the filing (备案).
   *
   * @return the filing, or empty if not recorded
   */
  public abstract Optional<Filing> filing();

  /**
   * Returns the publication (公布).
   *
   * @return the step, or empty if not recorded
   */
  public abstract Optional<AdoptionStep> publication();

  /**
   * Returns the date of a step: for the review, the day of submission.
   *
   * @param step the step, not null
   * @return the date, or empty if the step is not recorded
   */
  public final Optional<LocalDate> dateOf(AdoptionStepKind step) {
    switch (Objects.requireNonNull(step, "step")) {
      case SOLICITATION:
        return solicitation().map(AdoptionStep::date);
      case DRAFTING:
        return drafting().map(AdoptionStep::date);
      case REVIEW:
        return review().map(Review::submitted);
      case VOTE:
        return vote().map(AdoptionVote::date);
      case FILING:
        return filing().map(Filing::date);
      default:
        return publication().map(AdoptionStep::date);
    }
  }

  /**
   * Returns the recorded steps and their dates, in the guidance's order.
   *
   * @return an immutable map, ordered by step
   */
  public final Map<AdoptionStepKind, LocalDate> datedSteps() {
    Map<AdoptionStepKind, LocalDate> steps = new LinkedHashMap<>();
    for (AdoptionStepKind step : AdoptionStepKind.values()) {
      dateOf(step).ifPresent(date -> steps.put(step, date));
    }
    return java.util.Collections.unmodifiableMap(steps);
  }

  /** Returns for example {@code "AdoptionRecord{SOLICITATION=2024-01-10, ..., PUBLICATION=2024-04-02}"}. */
  @Override
  public String toString() {
    return "AdoptionRecord" + datedSteps();
  }
}

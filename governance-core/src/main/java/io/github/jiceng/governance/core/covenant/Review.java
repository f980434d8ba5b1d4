package io.github.jiceng.governance.core.covenant;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review of a draft by the township or street (提请审核): when it was submitted, who reviewed it, and the result
 * with its date.
 *
 * <pre>{@code
 * Review.of(LocalDate.of(2024, 2, 1), ReviewBody.TOWNSHIP, ReviewResult.APPROVED, LocalDate.of(2024, 2, 20))
 * }</pre>
 */
@Value.Immutable
public abstract class Review {
  Review() {
  }

  /**
   * Returns a decided review without evidence.
   *
   * @param submitted the day the draft was submitted, not null
   * @param reviewer who reviewed it, not null
   * @param result the result, not null
   * @param decided the day of the result, not null
   * @return the review
   * @throws IllegalArgumentException if the result is dated before the submission
   */
  public static Review of(LocalDate submitted, ReviewBody reviewer, ReviewResult result, LocalDate decided) {
    Objects.requireNonNull(submitted, "submitted");
    Objects.requireNonNull(reviewer, "reviewer");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(decided, "decided");
    return new ImmutableReview.Builder().submitted(submitted).reviewer(reviewer).result(result).decided(decided)
        .build();
  }

  /**
   * Returns the day the draft was submitted for review.
   *
   * @return the date
   */
  public abstract LocalDate submitted();

  /**
   * Returns who reviewed the draft.
   *
   * @return the reviewing body
   */
  public abstract ReviewBody reviewer();

  /**
   * Returns the result.
   *
   * @return the result, or empty while the review is pending
   */
  public abstract Optional<ReviewResult> result();

  /**
   * Returns the day of the result.
   *
   * @return the date, or empty while pending
   */
  public abstract Optional<LocalDate> decided();

  /**
   * Returns the evidence, such as the reviewer's written opinion.
   *
   * @return descriptions or references, possibly none
   */
  public abstract List<String> evidence();

  @Value.Check
  void check() {
    if (decided().isPresent() && decided().get().isBefore(submitted())) {
      throw new IllegalArgumentException("review decided on " + decided().get() + ", before it was submitted on "
          + submitted());
    }
  }

  /** Returns for example {@code "Review[submitted 2024-02-01 to TOWNSHIP, APPROVED on 2024-02-20]"}. */
  @Override
  public String toString() {
    return "Review[submitted " + submitted() + " to " + reviewer()
        + result().map(r -> ", " + r + decided().map(d -> " on " + d).orElse("")).orElse(", pending") + "]";
  }
}

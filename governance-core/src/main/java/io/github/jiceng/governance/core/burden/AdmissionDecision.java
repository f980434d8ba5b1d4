package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An admission decision (准入决定): admitted on the list, admitted through purchase of services, referred to the
 * approving level, or refused, with its reasons.
 *
 * <p>The review in {@code io.github.jiceng.governance.rules.burden.AdmissionReview} makes decisions from the lists;
 * a decision recorded by a district can also be checked as a record (its date against the request's, its outcome
 * against the lists). {@link #explain(Locale)} says which list, which item and which basis, in Chinese or English.
 */
@Value.Immutable
public abstract class AdmissionDecision {
  AdmissionDecision() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableAdmissionDecision.Builder builder() {
    return new ImmutableAdmissionDecision.Builder();
  }

  /**
   * Returns the id of the decided request.
   *
   * @return the request id
   */
  public abstract String requestId();

  /**
   * Returns the day of the decision.
   *
   * @return the decision date
   */
  public abstract LocalDate date();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract AdmissionOutcome outcome();

  /**
   * Returns the reasons, most important first.
   *
   * @return the reasons
   */
  public abstract List<DecisionReason> reasons();

  /**
   * Returns the catalogue versions the decision rests on.
   *
   * @return for example {@code ["yubei@2023", "chongqing@2019"]}
   */
  public abstract List<String> catalogues();

  /**
   * Returns the jurisdiction the request is referred to, for {@link AdmissionOutcome#REFERRED_FOR_APPROVAL}.
   *
   * @return the approving jurisdiction, or empty
   */
  public abstract Optional<DivisionCode> referredTo();

  /**
   * Returns the decision with its reasons, in a locale's language.
   *
   * @param locale the locale, not null; Chinese for Chinese locales, English otherwise
   * @return for example {@code "YB-2025-014：不予准入。理由：属于yubei@2023负面事项清单第yb.n01项“行政执法”……"}
   */
  public String explain(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
    String reasons = reasons().stream().map(r -> r.text(locale))
        .collect(Collectors.joining(chinese ? "；" : "; "));
    return chinese
        ? requestId() + "：" + outcome().displayName(locale) + (reasons.isEmpty() ? "。" : "。理由：" + reasons + "。")
        : requestId() + ": " + outcome().displayName(locale) + (reasons.isEmpty() ? "." : ". Reasons: " + reasons + ".");
  }

  @Value.Check
  void check() {
    if (outcome() == AdmissionOutcome.REFERRED_FOR_APPROVAL && referredTo().isEmpty()) {
      throw new IllegalArgumentException("admission decision on " + requestId()
          + " refers the request for approval but names no approving jurisdiction (referredTo)");
    }
  }

  /** Returns for example {@code "AdmissionDecision[YB-2025-014 2025-03-10 REFUSED, 1 reason]"}. */
  @Override
  public String toString() {
    return "AdmissionDecision[" + requestId() + " " + date() + " " + outcome()
        + referredTo().map(c -> " to " + Jurisdiction.of(c).code()).orElse("") + ", " + reasons().size()
        + (reasons().size() == 1 ? " reason]" : " reasons]");
  }
}

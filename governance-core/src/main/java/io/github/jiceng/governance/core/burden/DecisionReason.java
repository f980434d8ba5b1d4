package io.github.jiceng.governance.core.burden;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.Jurisdiction;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One reason of an admission decision (准入理由): which list, which item, which basis. {@link #text(Locale)} renders
 * it in Chinese or English.
 *
 * <pre>{@code
 * DecisionReason.builder().kind(ReasonKind.NEGATIVE_LIST).itemId("yb.n01").itemName("行政执法")
 *     .list(ListKind.NEGATIVE).catalogue("yubei@2023").basis("渝北区村（社区）负面事项清单").build()
 *     .text(Locale.ENGLISH);
 * // falls under negative-list item yb.n01 "行政执法" of yubei@2023 and must not be given to ...
 * }</pre>
 */
@Value.Immutable
public abstract class DecisionReason {
  private static final String ABSENT = "—";

  DecisionReason() {
  }

  /**
   * Returns a new builder.
   *
   * @return a new strict builder
   */
  public static ImmutableDecisionReason.Builder builder() {
    return new ImmutableDecisionReason.Builder();
  }

  /**
   * Returns a reason that names no item.
   *
   * @param kind the kind of reason, not null
   * @return the reason
   */
  public static DecisionReason of(ReasonKind kind) {
    return builder().kind(Objects.requireNonNull(kind, "kind")).build();
  }

  /**
   * Returns a reason about a listed item, citing its catalogue and basis.
   *
   * @param kind the kind of reason, not null
   * @param listed the item, not null
   * @param catalogues the catalogue versions the lists come from, such as {@code "yubei@2023+chongqing@2019"}
   * @return the reason
   */
  public static DecisionReason about(ReasonKind kind, ListedItem listed, String catalogues) {
    Objects.requireNonNull(listed, "listed");
    return builder().kind(Objects.requireNonNull(kind, "kind"))
        .itemId(listed.item().id()).itemName(listed.item().name()).list(listed.kind())
        .catalogue(Objects.requireNonNull(catalogues, "catalogues")).basis(listed.basis()).build();
  }

  /**
   * Returns the kind of reason.
   *
   * @return the kind
   */
  public abstract ReasonKind kind();

  /**
   * Returns the id of the item the reason is about.
   *
   * @return the item id, or empty
   */
  public abstract Optional<String> itemId();

  /**
   * Returns the name of the item the reason is about.
   *
   * @return the item's name, or empty
   */
  public abstract Optional<String> itemName();

  /**
   * Returns the list of the item.
   *
   * @return the list, or empty
   */
  public abstract Optional<ListKind> list();

  /**
   * Returns the catalogue versions the reason rests on.
   *
   * @return for example {@code "yubei@2023+chongqing@2019"}, or empty
   */
  public abstract Optional<String> catalogue();

  /**
   * Returns the legal basis cited.
   *
   * @return the basis, or empty
   */
  public abstract Optional<String> basis();

  /**
   * Returns the jurisdiction that approves list changes, for a referral.
   *
   * @return the approver, or empty
   */
  public abstract Optional<DivisionCode> approver();

  /**
   * Returns the reason as text in a locale's language: Chinese for Chinese locales, English otherwise. Absent values
   * print as {@code —}.
   *
   * @param locale the locale, not null
   * @return the text
   */
  public String text(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return kind().template().in(locale)
        .replace("{id}", itemId().orElse(ABSENT))
        .replace("{item}", itemName().orElse(ABSENT))
        .replace("{list}", list().map(l -> l.displayName(locale)).orElse(ABSENT))
        .replace("{catalogue}", catalogue().orElse(ABSENT))
        .replace("{basis}", basis().orElse(ABSENT))
        .replace("{approver}", approver().map(c -> Jurisdiction.of(c).code()).orElse(ABSENT));
  }

  /** Returns the English text with the kind, for example {@code "NEGATIVE_LIST: falls under ..."}. */
  @Override
  public String toString() {
    return kind() + ": " + text(Locale.ENGLISH);
  }
}

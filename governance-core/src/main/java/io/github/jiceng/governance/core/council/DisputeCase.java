package io.github.jiceng.governance.core.council;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dispute mediated by a council (议事会调解的纠纷): the parties, the matter, when it was received and closed, the
 * outcome and the date of any agreement. Parties' names are personal data and are left out of {@link #toString()}.
 *
 * <pre>{@code
 * DisputeCase d = DisputeCase.builder().id("JZ-2024-017").councilId("JZ-LLYS").addParties("张某", "李某")
 *     .matter("楼上漏水赔偿").received(LocalDate.of(2024, 6, 3)).closed(LocalDate.of(2024, 6, 12))
 *     .outcome(DisputeOutcome.AGREEMENT_REACHED).agreementDate(LocalDate.of(2024, 6, 12)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DisputeCase {
  DisputeCase() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableDisputeCase.Builder builder() {
    return new ImmutableDisputeCase.Builder();
  }

  /**
   * Returns the record's id.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the id of the council that mediated.
   *
   * @return the council's id
   */
  @NotBlank
  public abstract String councilId();

  /**
   * Returns the parties.
   *
   * @return their names or descriptions, at least one
   */
  @NotEmpty
  public abstract List<String> parties();

  /**
   * Returns what the dispute is about.
   *
   * @return the matter
   */
  @NotBlank
  public abstract String matter();

  /**
   * Returns the day the dispute was received.
   *
   * @return the date
   */
  public abstract LocalDate received();

  /**
   * Returns the day the case was closed.
   *
   * @return the date, or empty while open
   */
  public abstract Optional<LocalDate> closed();

  /**
   * Returns the outcome.
   *
   * @return the outcome, or empty if none is recorded
   */
  public abstract Optional<DisputeOutcome> outcome();

  /**
   * Returns the day the parties agreed.
   *
   * @return the date, or empty
   */
  public abstract Optional<LocalDate> agreementDate();

  @Value.Check
  void check() {
    if (closed().isPresent() && closed().get().isBefore(received())) {
      throw new IllegalArgumentException("dispute case " + id() + ": closed " + closed().get()
          + " before it was received " + received());
    }
  }

  /**
   * Returns for example {@code "DisputeCase[JZ-2024-017 at JZ-LLYS, 2 parties, received 2024-06-03,
   * AGREEMENT_REACHED]"}.
   */
  @Override
  public String toString() {
    return "DisputeCase[" + id() + " at " + councilId() + ", " + parties().size() + " parties, received " + received()
        + closed().map(c -> ", closed " + c).orElse("") + outcome().map(o -> ", " + o).orElse("") + "]";
  }
}

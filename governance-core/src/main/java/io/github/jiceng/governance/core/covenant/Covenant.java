package io.github.jiceng.governance.core.covenant;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One version of a village rules or residents' convention (村规民约/居民公约): its kind, village or community, version
 * number, numbered clauses, status history and adoption record.
 *
 * <p>The record's date is the day of the adoption vote, whose law judges the procedure and the content; a version
 * without a recorded vote is judged by the law of the validator's date. {@link #diff(Covenant)} compares two versions
 * clause by clause.
 *
 * <pre>{@code
 * Covenant rules = Covenant.builder().id("DX-2024").kind(CovenantKind.VILLAGE_RULES)
 *     .unit(DivisionCode.parse("500154101201")).unitName("顶星村").title("顶星村村规民约").version(2)
 *     .addClauses(Clause.of(1, "爱党爱国，遵纪守法。", ContentArea.DAILY_CONDUCT))
 *     .addStatusHistory(StatusChange.of(CovenantStatus.IN_FORCE, LocalDate.of(2024, 4, 2)))
 *     .adoption(record).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Covenant {
  Covenant() {
  }

  /**
   * Returns a new strict builder.
   *
   * @return the builder
   */
  public static ImmutableCovenant.Builder builder() {
    return new ImmutableCovenant.Builder();
  }

  /**
   * Returns the record's id (of this version).
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * Returns the kind: village rules or residents' convention.
   *
   * @return the kind
   */
  public abstract CovenantKind kind();

  /**
   * Returns the village or community whose covenant this is.
   *
   * @return a village-level division code
   */
  public abstract DivisionCode unit();

  /**
   * Returns the name of the village or community.
   *
   * @return for example {@code "顶星村"}
   */
  @NotBlank
  public abstract String unitName();

  /**
   * Returns the title.
   *
   * @return for example {@code "顶星村村规民约"}
   */
  @NotBlank
  public abstract String title();

  /**
   * Returns the version number: 1 for the first covenant, then one more for each revision.
   *
   * @return 1 or more
   */
  public abstract int version();

  /**
   * Returns the clauses.
   *
   * @return the clauses, with distinct numbers
   */
  public abstract List<Clause> clauses();

  /**
   * Returns the status history, oldest first.
   *
   * @return the changes, in date order
   */
  public abstract List<StatusChange> statusHistory();

  /**
   * Returns how this version was made.
   *
   * @return the adoption record, or empty if none is kept
   */
  public abstract Optional<AdoptionRecord> adoption();

  /**
   * Returns the current status: the last entry of the history.
   *
   * @return the status, or empty if the history is empty
   */
  public final Optional<CovenantStatus> status() {
    List<StatusChange> history = statusHistory();
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).status());
  }

  /**
   * Returns whether the status history ever reached a status.
   *
   * @param status the status, not null
   * @return true if an entry has that status
   */
  public final boolean hasHadStatus(CovenantStatus status) {
    return statusHistory().stream().anyMatch(change -> change.status() == status);
  }

  /**
   * Returns the day of the adoption vote, whose law judges this version.
   *
   * @return the date, or empty if no vote is recorded
   */
  public final Optional<LocalDate> date() {
    return adoption().flatMap(AdoptionRecord::vote).map(AdoptionVote::date);
  }

  /**
   * Returns a clause by number.
   *
   * @param number the clause number
   * @return the clause, or empty
   */
  public final Optional<Clause> clause(int number) {
    return clauses().stream().filter(c -> c.number() == number).findFirst();
  }

  /**
   * Compares this version with a newer one, clause by clause.
   *
   * @param newer the newer version, not null
   * @return the changes from this version to {@code newer}
   */
  public final CovenantDiff diff(Covenant newer) {
    return CovenantDiff.between(this, newer);
  }

  @Value.Check
  void check() {
    if (unit().level() != DivisionLevel.VILLAGE) {
      throw new IllegalArgumentException("covenant " + id() + ": unit " + unit() + " is not a village-level code (12"
          + " digits with a village part 001-999)");
    }
    if (version() < 1) {
      throw new IllegalArgumentException("covenant " + id() + ": version must be 1 or more, but is " + version());
    }
    Set<Integer> numbers = new HashSet<>();
    for (Clause clause : clauses()) {
      if (!numbers.add(clause.number())) {
        throw new IllegalArgumentException("covenant " + id() + ": two clauses have number " + clause.number());
      }
    }
    for (int i = 1; i < statusHistory().size(); i++) {
      StatusChange previous = statusHistory().get(i - 1);
      StatusChange next = statusHistory().get(i);
      if (next.date().isBefore(previous.date())) {
        throw new IllegalArgumentException("covenant " + id() + ": status history is not in date order: " + next
            + " follows " + previous);
      }
    }
  }

  /** Returns for example {@code "Covenant[DX-2024 VILLAGE_RULES 顶星村 (500154101201) v2, 12 clauses, IN_FORCE]"}. */
  @Override
  public String toString() {
    return "Covenant[" + id() + " " + kind() + " " + unitName() + " (" + unit() + ") v" + version() + ", "
        + clauses().size() + " clauses" + status().map(s -> ", " + s).orElse("") + "]";
  }
}

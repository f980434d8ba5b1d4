package io.github.jiceng.governance.core.meeting;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The count of one vote (表决计票): votes for, against and abstaining, and, when the vote was by ballot, the ballots
 * cast in person and by other lawful means (such as a written ballot delivered by an entrusted person), with blank and
 * spoiled ballots counted separately from votes.
 *
 * <p>By ballot, every ballot cast is exactly one of for, against, abstaining, blank or spoiled: {@link
 * #ballotsCast()} should equal {@link #ballotsAccountedFor()}. A rule reports when it does not. A show of hands has no
 * ballots: {@link #ballotsInPerson()} is empty.
 *
 * <pre>{@code
 * Tally byHands = Tally.of(40, 5, 3);
 * Tally byBallot = new ImmutableTally.Builder().inFavour(40).against(5).abstentions(3).blank(1).spoiled(1)
 *     .ballotsInPerson(45).ballotsByOtherMeans(5).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Tally {
  Tally() {
  }

  /**
   * Returns the tally of a show of hands.
   *
   * @param inFavour votes for, 0 or more
   * @param against votes against, 0 or more
   * @param abstentions abstentions, 0 or more
   * @return the tally, without ballots
   * @throws IllegalArgumentException if a count is negative
   */
  public static Tally of(int inFavour, int against, int abstentions) {
    return new ImmutableTally.Builder().inFavour(inFavour).against(against).abstentions(abstentions).build();
  }

  /**
   * Returns the votes for (赞成).
   *
   * @return 0 or more
   */
  public abstract int inFavour();

  /**
   * Returns the votes against (反对).
   *
   * @return 0 or more
   */
  public abstract int against();

  /**
   * Returns the abstentions (弃权).
   *
   * @return 0 or more
   */
  public abstract int abstentions();

  /**
   * Returns the blank ballots (空白票), which are not votes.
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public int blank() {
    return 0;
  }

  /**
   * Returns the spoiled ballots (废票), which are not votes.
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public int spoiled() {
    return 0;
  }

  /**
   * Returns the ballots cast in person at the meeting (现场投票数).
   *
   * @return the count, or empty for a show of hands
   */
  public abstract Optional<Integer> ballotsInPerson();

  /**
   * Returns the ballots cast by other lawful means (其他合法方式投票数), such as entrusted or written ballots.
   *
   * @return 0 or more; 0 by default
   */
  @Value.Default
  public int ballotsByOtherMeans() {
    return 0;
  }

  /**
   * Returns whether the vote was by ballot.
   *
   * @return true if {@link #ballotsInPerson()} is present
   */
  public final boolean isByBallot() {
    return ballotsInPerson().isPresent();
  }

  /**
   * Returns the votes: for, against and abstaining.
   *
   * @return the sum
   */
  public final long votes() {
    return (long) inFavour() + against() + abstentions();
  }

  /**
   * Returns the ballots cast: in person and by other means.
   *
   * @return the sum, or the number of votes for a show of hands
   */
  public final long ballotsCast() {
    return ballotsInPerson().map(inPerson -> (long) inPerson + ballotsByOtherMeans()).orElse(votes());
  }

  /**
   * Returns the ballots accounted for: votes, blank and spoiled.
   *
   * @return the sum
   */
  public final long ballotsAccountedFor() {
    return votes() + blank() + spoiled();
  }

  @Value.Check
  void check() {
    requireNonNegative(inFavour(), "votes for");
    requireNonNegative(against(), "votes against");
    requireNonNegative(abstentions(), "abstentions");
    requireNonNegative(blank(), "blank ballots");
    requireNonNegative(spoiled(), "spoiled ballots");
    requireNonNegative(ballotsByOtherMeans(), "ballots by other means");
    ballotsInPerson().ifPresent(n -> requireNonNegative(n, "ballots in person"));
  }

  private static void requireNonNegative(int value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException("a tally's " + what + " must be 0 or more, but is " + value);
    }
  }

  /** Returns for example {@code "Tally[for 40, against 5, abstaining 3; ballots 45 in person + 5 other, 1 blank]"}. */
  @Override
  public String toString() {
    return "Tally[for " + inFavour() + ", against " + against() + ", abstaining " + abstentions()
        + ballotsInPerson().map(n -> "; ballots " + n + " in person + " + ballotsByOtherMeans() + " other").orElse("")
        + (blank() > 0 ? ", " + blank() + " blank" : "") + (spoiled() > 0 ? ", " + spoiled() + " spoiled" : "") + "]";
  }
}

package io.github.jiceng.governance.testkit;

import io.github.jiceng.governance.core.id.IdentifierProblem;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A deliberately invalid identifier string (无效样本) together with the reason a parser must give for rejecting it:
 * the expected {@link IdentifierProblem}, the expected 1-based position if the problem has one, and a description of
 * how the sample was made (for example "swapped positions 3 and 4").
 *
 * <p>Samples of personal identifiers (resident identity numbers) are shown masked by {@link #toString()} and {@link
 * #displayText()}: a generated number may coincide with a real person's. The description never contains the text.
 */
public final class InvalidSample {
  private final String text;
  private final IdentifierProblem expectedProblem;
  private final int expectedPosition;
  private final String description;
  private final boolean personalData;

  private InvalidSample(String text, IdentifierProblem expectedProblem, int expectedPosition, String description,
      boolean personalData) {
    this.text = Objects.requireNonNull(text, "text");
    this.expectedProblem = Objects.requireNonNull(expectedProblem, "expectedProblem");
    if (expectedPosition < 0) {
      throw new IllegalArgumentException("expectedPosition must be >= 0: " + expectedPosition);
    }
    this.expectedPosition = expectedPosition;
    this.description = Objects.requireNonNull(description, "description");
    this.personalData = personalData;
  }

  /**
   * Returns a sample of an identifier that is not personal data.
   *
   * @param text the invalid text, not null
   * @param expectedProblem the problem a parser must report, not null
   * @param expectedPosition the 1-based position it must report, or 0 if the problem has none
   * @param description how the sample was made, without personal data; not null
   * @return the sample
   * @throws IllegalArgumentException if {@code expectedPosition} is negative
   */
  public static InvalidSample of(String text, IdentifierProblem expectedProblem, int expectedPosition,
      String description) {
    return new InvalidSample(text, expectedProblem, expectedPosition, description, false);
  }

  /**
   * Returns a sample of a personal identifier (a resident identity number), which is displayed masked.
   *
   * @param text the invalid text, not null
   * @param expectedProblem the problem a parser must report, not null
   * @param expectedPosition the 1-based position it must report, or 0 if the problem has none
   * @param description how the sample was made, without personal data; not null
   * @return the sample
   * @throws IllegalArgumentException if {@code expectedPosition} is negative
   */
  public static InvalidSample ofPersonalData(String text, IdentifierProblem expectedProblem, int expectedPosition,
      String description) {
    return new InvalidSample(text, expectedProblem, expectedPosition, description, true);
  }

  /**
   * Returns the invalid text, in clear.
   *
   * @return the text to feed to a parser
   */
  public String text() {
    return text;
  }

  /**
   * Returns the problem a parser must report for {@link #text()}.
   *
   * @return the expected problem
   */
  public IdentifierProblem expectedProblem() {
    return expectedProblem;
  }

  /**
   * Returns the 1-based position a parser must report, if the problem has one.
   *
   * @return the position, or empty (for example for a wrong length)
   */
  public OptionalInt expectedPosition() {
    return expectedPosition == 0 ? OptionalInt.empty() : OptionalInt.of(expectedPosition);
  }

  /**
   * Returns how the sample was made.
   *
   * @return for example {@code "swapped positions 3 and 4"}
   */
  public String description() {
    return description;
  }

  /**
   * Returns whether the text is (a corrupted form of) personal data and must be displayed masked.
   *
   * @return true for resident identity number samples
   */
  public boolean isPersonalData() {
    return personalData;
  }

  /**
   * Returns the text as it may be displayed: masked as {@link ResidentIdNumber#mask} does for personal data.
   *
   * @return the displayable text
   */
  public String displayText() {
    return personalData ? ResidentIdNumber.mask(text) : text;
  }

  /**
   * Returns whether another object is a sample with the same text, expectation and description.
   *
   * @param other the other object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof InvalidSample)) {
      return false;
    }
    InvalidSample that = (InvalidSample) other;
    return text.equals(that.text) && expectedProblem == that.expectedProblem
        && expectedPosition == that.expectedPosition && description.equals(that.description)
        && personalData == that.personalData;
  }

  /**
   * Returns a hash code of all fields.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(text, expectedProblem, expectedPosition, description, personalData);
  }

  /**
   * Returns the description, the displayable text and the expectation.
   *
   * @return for example {@code "swapped positions 3 and 4: '911301...' -> CHECK_CHARACTER at 18"}
   */
  @Override
  public String toString() {
    return description + ": '" + displayText() + "' -> " + expectedProblem
        + (expectedPosition == 0 ? "" : " at " + expectedPosition);
  }
}

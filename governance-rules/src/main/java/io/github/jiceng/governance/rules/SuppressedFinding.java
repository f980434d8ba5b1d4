package io.github.jiceng.governance.rules;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A finding that a {@link Waiver} suppressed (已豁免的问题): reported, but not counted.
 */
public final class SuppressedFinding implements Comparable<SuppressedFinding>, Serializable {
  private static final long serialVersionUID = 1L;
  private static final Comparator<SuppressedFinding> ORDER =
      Comparator.comparing(SuppressedFinding::finding).thenComparing(s -> s.waiver.toString());

  /** The finding. */
  private final Finding finding;
  /** The waiver. */
  private final Waiver waiver;

  private SuppressedFinding(Finding finding, Waiver waiver) {
    this.finding = Objects.requireNonNull(finding, "finding");
    this.waiver = Objects.requireNonNull(waiver, "waiver");
  }

  /**
   * Returns a suppressed finding.
   *
   * @param finding the finding, not null
   * @param waiver the waiver that suppressed it, not null
   * @return the suppressed finding
   */
  public static SuppressedFinding of(Finding finding, Waiver waiver) {
    return new SuppressedFinding(finding, waiver);
  }

  /**
   * Returns the finding.
   *
   * @return the finding
   */
  public Finding finding() {
    return finding;
  }

  /**
   * Returns the waiver that suppressed it.
   *
   * @return the waiver
   */
  public Waiver waiver() {
    return waiver;
  }

  @Override
  public int compareTo(SuppressedFinding other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SuppressedFinding
        && finding.equals(((SuppressedFinding) other).finding)
        && waiver.equals(((SuppressedFinding) other).waiver);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finding, waiver);
  }

  /** Returns the finding and the waiver. */
  @Override
  public String toString() {
    return "suppressed " + finding + " (" + waiver + ")";
  }
}

package io.github.jiceng.governance.json.burden;

import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The account of a bulk admission run (批量准入统计): how many records were read, how many were admission requests and
 * what was decided for them, how many records were other types and how many could not be read. Every record read is
 * exactly one of: a decided request, another record, or unreadable. Immutable.
 */
public final class AdmissionBatchSummary {
  private final long read;
  private final Map<AdmissionOutcome, Long> decided;
  private final long other;
  private final long unreadable;

  AdmissionBatchSummary(long read, Map<AdmissionOutcome, Long> decided, long other, long unreadable) {
    this.read = read;
    EnumMap<AdmissionOutcome, Long> counts = new EnumMap<>(AdmissionOutcome.class);
    for (AdmissionOutcome outcome : AdmissionOutcome.values()) {
      counts.put(outcome, decided.getOrDefault(outcome, 0L));
    }
    this.decided = Map.copyOf(counts);
    this.other = other;
    this.unreadable = unreadable;
  }

  /**
   * Returns the number of records read.
   *
   * @return requests + other records + unreadable records
   */
  public long read() {
    return read;
  }

  /**
   * Returns the number of admission requests decided.
   *
   * @return the sum of {@link #count(AdmissionOutcome)} over all outcomes
   */
  public long requests() {
    return decided.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the number of requests with one outcome.
   *
   * @param outcome the outcome, not null
   * @return the count
   */
  public long count(AdmissionOutcome outcome) {
    return decided.get(Objects.requireNonNull(outcome, "outcome"));
  }

  /**
   * Returns the number of readable records that are not admission requests (skipped).
   *
   * @return the count
   */
  public long otherRecords() {
    return other;
  }

  /**
   * Returns the number of records that could not be read (malformed JSON, wrong types, unknown record types); whether
   * they were meant as requests cannot be known.
   *
   * @return the count
   */
  public long unreadable() {
    return unreadable;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AdmissionBatchSummary && read == ((AdmissionBatchSummary) other).read
        && decided.equals(((AdmissionBatchSummary) other).decided) && this.other == ((AdmissionBatchSummary) other).other
        && unreadable == ((AdmissionBatchSummary) other).unreadable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(read, decided, other, unreadable);
  }

  /**
   * Returns for example {@code AdmissionBatchSummary[6 read: 4 requests (1 admitted on list, 1 by purchase of services,
   * 1 referred, 1 refused), 1 other, 1 unreadable]}.
   */
  @Override
  public String toString() {
    return "AdmissionBatchSummary[" + read + " read: " + requests() + " requests ("
        + count(AdmissionOutcome.ADMITTED_ON_LIST) + " admitted on list, "
        + count(AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES) + " by purchase of services, "
        + count(AdmissionOutcome.REFERRED_FOR_APPROVAL) + " referred, " + count(AdmissionOutcome.REFUSED)
        + " refused), " + other + " other, " + unreadable + " unreadable]";
  }
}

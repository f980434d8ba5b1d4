package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.io.Serializable;
import java.util.function.BiConsumer;

/**
 * A check across the records of a dataset written as a keyed aggregation (按键聚合的数据集检查): each record gives
 * partial states under keys, partial states of one key are combined, and each key's combined state gives its findings.
 * The same definition runs in one JVM (a hash map of states, see {@link #inMemory(KeyedCheck)}) and on a cluster
 * (Spark's {@code reduceByKey}), so the cross-record logic is written once; what a cluster shuffles is only the keys
 * and the partial states.
 *
 * <p>{@link #combine} must be associative and commutative on the states a dataset can give, so that the order in
 * which partial states meet does not change the findings: states that keep record ids or positions keep them in the
 * dataset's order (by {@link RecordOutcome#sourceIndex()}, then {@link RecordOutcome#number()}). Implementations
 * are immutable and thread-safe; the states are {@link Serializable} values (or private mutable accumulators that
 * {@link #combine} may reuse).
 *
 * @param <S> the partial state
 */
public interface KeyedCheck<S extends Serializable> {
  /**
   * Gives a record's partial states under their keys, possibly none.
   *
   * @param value the model value of the record
   * @param outcome what the per-record checks found about it (number, position, subject, status)
   * @param out receives a key and its partial state
   */
  void keys(Object value, RecordOutcome outcome, BiConsumer<String, S> out);

  /**
   * Combines two partial states of one key.
   *
   * @param left a state, which the implementation may update and return
   * @param right another state
   * @return the combined state
   */
  S combine(S left, S right);

  /**
   * Reports the findings of one key, given its state combined over the whole dataset; waivers are applied by the
   * caller.
   *
   * @param key the key
   * @param state the key's state over the dataset
   * @param facts what is known about the whole dataset
   * @param out receives the findings, with the record each is about
   */
  void findings(String key, S state, DatasetFacts facts, KeyedFindings out);

  /** Receives the findings of a {@link KeyedCheck}. */
  @FunctionalInterface
  interface KeyedFindings {
    /**
     * Receives a finding.
     *
     * @param source the index of the input of the record it is about ({@link RecordOutcome#sourceIndex()}), or -1
     *     for a finding about a key and no one record
     * @param record the number of the record it is about in its input, or 0 for a finding about a key and no one
     *     record
     * @param wasValid whether that record had no active error before (so that it now counts as with errors)
     * @param finding the finding
     */
    void accept(int source, long record, boolean wasValid, Finding finding);
  }

  /**
   * Returns a {@link DatasetCheck} that runs a keyed check in memory: a hash map from key to combined state, with the
   * findings of the keys in key order at the end (the dataset's facts are the record types of the records it saw).
   * The record numbers of the findings are dropped, as {@link DatasetCheck#finish} reports findings about no one
   * record.
   *
   * @param check the keyed check, not null
   * @param <S> the partial state
   * @return a new check for one run
   */
  static <S extends Serializable> DatasetCheck inMemory(KeyedCheck<S> check) {
    return new InMemoryKeyedCheck<>(check);
  }
}

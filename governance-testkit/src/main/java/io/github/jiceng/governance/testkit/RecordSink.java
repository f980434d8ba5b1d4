package io.github.jiceng.governance.testkit;

/**
 * Receives the records of a generated {@link SampleDistrict} one by one (样本数据接收器), in a deterministic order, so
 * that a large dataset can be written without holding it in memory.
 *
 * <pre>{@code
 * SampleDistrict.of(2026L, 1).generate(new RecordSink() {
 *   public void record(SamplePart part, Object record) { ... }
 *   public void problem(PlantedProblem problem) { ... }
 * });
 * }</pre>
 *
 * <p>A lambda receives the records only: {@code district.generate((part, record) -> write(part, record))}.
 */
@FunctionalInterface
public interface RecordSink {
  /**
   * Receives one record.
   *
   * @param part the part (file) the record belongs to, not null
   * @param record the record, a registered record type of the model, not null
   */
  void record(SamplePart part, Object record);

  /**
   * Receives the description of a problem planted in a record, after or before that record; the default does nothing.
   *
   * @param problem the problem, not null
   */
  default void problem(PlantedProblem problem) {
  }
}

package io.github.jiceng.governance.json.stream;

/**
 * Receives the results of a streaming validation as they are made (流式结果接收器): each record's outcome right after the
 * record is read, every active finding, and the report at the end. Called on the validating thread, in input order:
 * {@link #record} of a record, then {@link #finding} for each of its findings; findings that need the whole input
 * come after the last record, then {@link #end}. An exception thrown here stops the run.
 */
public interface StreamListener {
  /** A listener that does nothing. */
  StreamListener NONE = new StreamListener() {
  };

  /**
   * Receives the outcome of one record.
   *
   * @param outcome the outcome
   */
  default void record(RecordOutcome outcome) {
  }

  /**
   * Receives one active finding.
   *
   * @param finding the finding with its record number
   */
  default void finding(StreamFinding finding) {
  }

  /**
   * Receives the report after the whole input was read.
   *
   * @param report the report
   */
  default void end(StreamReport report) {
  }
}

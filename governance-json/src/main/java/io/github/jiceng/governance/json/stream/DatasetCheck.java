package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.util.function.Consumer;

/**
 * A check across the records of one input (数据集检查), such as a volunteer's hours summed per day: the extension
 * point for aggregates. The streaming validator makes a new instance for every run (from the factory given to
 * {@link RecordStreamValidator.Builder#check}), shows it every record that could be read, in input order, and asks
 * for its findings at the end.
 *
 * <p>An implementation keeps only compact per-key state (a sum, a count) and says how many keys it holds, so that
 * the summary can show how memory grew. Not called concurrently.
 */
public interface DatasetCheck {
  /**
   * Looks at one record that was read into a model value (valid or with errors).
   *
   * @param record the model value
   * @param outcome what the validator found about it so far (number, position, subject, findings)
   */
  void record(Object record, RecordOutcome outcome);

  /**
   * Reports the findings of the whole input, after the last record, in a deterministic order.
   *
   * @param out receives the findings; waivers are applied to them
   */
  void finish(Consumer<Finding> out);

  /**
   * Returns the number of distinct keys held.
   *
   * @return the count
   */
  long keys();
}

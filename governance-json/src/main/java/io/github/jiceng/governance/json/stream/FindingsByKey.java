package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The findings of the keys of an in-memory keyed check at the end of a run, put in key order: only the keys that
 * report are kept and sorted (sorting every key cost half of a run with a key per record and nothing to report), and
 * a key's findings stay in the order they were made. Not thread-safe; one instance per run.
 */
final class FindingsByKey {
  private final List<Finding> made = new ArrayList<>();
  private final List<Map.Entry<String, List<Finding>>> reporting = new ArrayList<>();

  /**
   * Receives the findings of the current key.
   *
   * @param finding a finding
   */
  void add(Finding finding) {
    made.add(finding);
  }

  /**
   * Ends the current key: its findings, if any, are kept under it.
   *
   * @param key the key whose findings were just added
   */
  void endKey(String key) {
    if (!made.isEmpty()) {
      reporting.add(Map.entry(key, List.copyOf(made)));
      made.clear();
    }
  }

  /**
   * Gives every kept finding, the keys in order.
   *
   * @param out receives the findings
   */
  void emit(Consumer<Finding> out) {
    reporting.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, List<Finding>> entry : reporting) {
      entry.getValue().forEach(out);
    }
  }
}

package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.List;
import java.util.function.Consumer;

/**
 * A {@link KeyedCheck} run in one JVM: a hash map from key to combined state; the keys' findings in key order at the
 * end, with the record types and the input names of the records it saw as the dataset's facts. Not thread-safe; one
 * instance per run.
 *
 * @param <S> the partial state
 */
final class InMemoryKeyedCheck<S extends Serializable> implements DatasetCheck {
  private final KeyedCheck<S> check;
  private final Map<String, S> states = new HashMap<>();
  private final Set<String> recordTypes = new HashSet<>();
  /** The names of the inputs of the records it saw, by index. */
  private final Map<Integer, String> sources = new HashMap<>();

  InMemoryKeyedCheck(KeyedCheck<S> check) {
    this.check = Objects.requireNonNull(check, "check");
  }

  @Override
  public void record(Object record, RecordOutcome outcome) {
    recordTypes.add(outcome.subject().type());
    outcome.source().ifPresent(name -> sources.putIfAbsent(outcome.sourceIndex(), name));
    check.keys(record, outcome, (key, state) -> states.merge(key, state, check::combine));
  }

  @Override
  public void finish(Consumer<Finding> out) {
    DatasetFacts facts = DatasetFacts.of(recordTypes, sources);
    // Only the keys that report are sorted (by key, their findings in the order made): sorting every key cost half
    // of a run with a key per record and nothing to report.
    List<Finding> made = new ArrayList<>();
    KeyedCheck.KeyedFindings sink = (source, record, wasValid, finding) -> made.add(finding);
    List<Map.Entry<String, List<Finding>>> reporting = new ArrayList<>();
    for (Map.Entry<String, S> entry : states.entrySet()) {
      check.findings(entry.getKey(), entry.getValue(), facts, sink);
      if (!made.isEmpty()) {
        reporting.add(Map.entry(entry.getKey(), List.copyOf(made)));
        made.clear();
      }
    }
    reporting.sort(Map.Entry.comparingByKey());
    for (Map.Entry<String, List<Finding>> entry : reporting) {
      entry.getValue().forEach(out);
    }
  }

  @Override
  public long keys() {
    return states.size();
  }

  @Override
  public String toString() {
    return "InMemoryKeyedCheck[" + check + ", " + states.size() + " keys]";
  }
}

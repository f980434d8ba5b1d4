package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    FindingsByKey ordered = new FindingsByKey();
    KeyedCheck.KeyedFindings sink = (source, record, wasValid, finding) -> ordered.add(finding);
    for (Map.Entry<String, S> entry : states.entrySet()) {
      check.findings(entry.getKey(), entry.getValue(), facts, sink);
      ordered.endKey(entry.getKey());
    }
    ordered.emit(out);
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

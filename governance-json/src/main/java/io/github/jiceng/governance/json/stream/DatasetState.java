package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cross-record state of one streaming run: the ids seen per record type (for duplicates and references) and the
 * references whose target had not appeared when they were read. Both are compact byte encodings ({@link KeyIndex},
 * {@link PendingReferences}); memory grows linearly with the distinct ids and with the pending references, and with
 * nothing else. Not thread-safe.
 */
final class DatasetState {
  private final MissingReferences missing;
  private final RecordLookup external;
  private final boolean duplicates;
  /** Whether anything reads the ids: the duplicate check or a declared reference. */
  private final boolean keepsIds;
  private final List<RecordReference<?>> references;
  private final Map<String, Integer> typeIndexes = new HashMap<>();
  /** The type name last looked up (compared by identity) and its index. */
  private String lastType;
  private int lastTypeIndex;
  /** The declared references that apply, by record class, and those of the class of the last record. */
  private final Map<Class<?>, int[]> referencesByClass = new HashMap<>();
  private Class<?> lastRecordClass;
  private int[] lastReferences;
  /** The type name last added to {@link #seenTypes} (compared by identity). */
  private String lastSeenType;
  /** The type index of each declared reference's target type. */
  private final int[] targetIndexes;
  private final Set<String> seenTypes = new HashSet<>();
  private final Set<String> targetTypes = new HashSet<>();
  private final KeyIndex ids = new KeyIndex();
  /** Per type index, whether any id of that type has been registered (no lookup is needed before one has). */
  private boolean[] typesWithIds = new boolean[8];
  private final PendingReferences pending = new PendingReferences();
  /** The names of the inputs of the run, by index; empty for one unnamed input. */
  private final List<String> sources = new ArrayList<>();

  /**
   * Creates the state of one run.
   *
   * @param validator the rule engine, for references reported as a rule
   * @param external records outside the input that references may name
   * @param duplicates whether to report duplicate ids
   * @param references the references to check
   */
  DatasetState(Validator validator, RecordLookup external, boolean duplicates, RecordReferences references) {
    this.missing = MissingReferences.of(validator, references, external);
    this.external = external;
    this.duplicates = duplicates;
    this.references = references.all();
    this.keepsIds = duplicates || !this.references.isEmpty();
    this.targetIndexes = new int[this.references.size()];
    for (int r = 0; r < targetIndexes.length; r++) {
      targetTypes.add(this.references.get(r).targetType());
      targetIndexes[r] = typeIndex(this.references.get(r).targetType());
    }
  }

  /**
   * Returns a lookup for rules while streaming: it finds what the external lookup finds, but covers no target type of
   * a declared reference, because only the end of the input can tell that a record is missing; the streaming pass
   * reports those references itself.
   *
   * @return the lookup
   */
  RecordLookup lookupForRules() {
    return MissingReferences.lookupForRules(external, targetTypes);
  }

  /**
   * Registers the name of the next input of a run of several inputs.
   *
   * @param name the input's name
   */
  void addSource(String name) {
    sources.add(name);
  }

  private int typeIndex(String type) {
    if (type == lastType) {
      return lastTypeIndex; // records of one type usually come together, with the type name of their record type
    }
    Integer index = typeIndexes.get(type);
    if (index == null) {
      index = typeIndexes.size();
      typeIndexes.put(type, index);
    }
    lastType = type;
    lastTypeIndex = index;
    return index;
  }

  /**
   * Registers a record read into a value, and reports a duplicate id (the same finding as {@link DuplicateIds}). In a
   * run of several inputs the finding also names the input of the first record ({@code firstSource}), and its message
   * does when that is another input.
   *
   * @param subject the record's subject
   * @param source the index of the record's input (0 for a single input)
   * @param line the line of the record in its input
   * @param column the column of the record
   * @param out receives a duplicate-id finding
   */
  void register(Subject subject, int source, int line, int column, Consumer<Finding> out) {
    if (subject.type() != lastSeenType) {
      seenTypes.add(subject.type());
      lastSeenType = subject.type();
    }
    if (!keepsIds || subject.id().isEmpty()) {
      return;
    }
    int type = typeIndex(subject.type());
    if (type >= typesWithIds.length) {
      typesWithIds = java.util.Arrays.copyOf(typesWithIds, Math.max(type + 1, typesWithIds.length * 2));
    }
    typesWithIds[type] = true;
    long first = ids.putIfAbsent(type, subject.id().get(), ((long) source << 32) | line);
    if (first >= 0 && duplicates) {
      int firstSource = (int) (first >>> 32);
      out.accept(DuplicateIds.finding(subject, line, column, (int) first,
          sources.isEmpty() ? null : sources.get(firstSource), firstSource == source));
    }
  }

  /**
   * Checks the references of a record whose targets have already appeared, and keeps the others for the end.
   *
   * @param record the model value
   * @param subject its subject
   * @param source the index of its input
   * @param number its record number in its input
   * @param date its evaluation date
   * @param valid whether the record has no active error so far
   * @param positions finds the position of a pointer in the record, {line, column} in the input, or null
   */
  void references(Object record, Subject subject, int source, long number, LocalDate date, boolean valid,
      java.util.function.Function<JsonPointer, int[]> positions) {
    for (int r : referencesOf(record.getClass())) {
      RecordReference<?> reference = references.get(r);
      if (!reference.many()) {
        pend(r, reference, 0, reference.singleKeyOf(record), record, subject, source, number, date, valid, positions);
        continue;
      }
      List<String> keys = reference.keysOf(record);
      for (int i = 0; i < keys.size(); i++) {
        pend(r, reference, i, keys.get(i), record, subject, source, number, date, valid, positions);
      }
    }
  }

  /** Keeps the i-th id of a record's reference for the end, unless it is null or its target has appeared. */
  private void pend(int r, RecordReference<?> reference, int i, String key, Object record, Subject subject, int source,
      long number, LocalDate date, boolean valid, java.util.function.Function<JsonPointer, int[]> positions) {
    if (key == null || hasIds(targetIndexes[r]) && ids.contains(targetIndexes[r], key)) {
      return;
    }
    pending.add(r, i, source, number, positions.apply(reference.pointer(i)), date, valid, key, subject, reference,
        record);
  }

  private boolean hasIds(int type) {
    return type < typesWithIds.length && typesWithIds[type];
  }

  /** The indexes of the declared references that apply to records of a class, worked out once per class. */
  private int[] referencesOf(Class<?> type) {
    if (type != lastRecordClass) {
      lastReferences = referencesByClass.computeIfAbsent(type, c -> {
        List<Integer> applying = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
          if (references.get(r).javaType().isAssignableFrom(c)) {
            applying.add(r);
          }
        }
        return applying.stream().mapToInt(Integer::intValue).toArray();
      });
      lastRecordClass = type;
    }
    return lastReferences;
  }

  /** What resolving the pending references found. */
  interface Missing {
    /**
     * Receives a finding about a record.
     *
     * @param source the index of the record's input
     * @param number the record number in its input
     * @param wasValid whether the record had no active error before
     * @param finding the finding
     */
    void accept(int source, long number, boolean wasValid, Finding finding);
  }

  /**
   * Reports every pending reference whose target never appeared, in input order. A reference is reported only when
   * the input held records of the target type, or the external lookup covers it.
   *
   * @param out receives the findings
   */
  void resolve(Missing out) {
    // a reference to a type that the input never held and the lookup does not cover gives no finding
    // (MissingReferences.missing): it is skipped, not decoded
    pending.forEach(index -> covered(references.get(index).targetType()), reference -> {
      int target = targetIndexes[reference.reference];
      if (!hasIds(target) || !ids.contains(target, reference.key)) {
        Finding finding = missing.missing(reference, true);
        if (finding != null) {
          out.accept(reference.source, reference.number, reference.wasValid, finding);
        }
      }
    });
  }

  private boolean covered(String targetType) {
    return seenTypes.contains(targetType) || external.covers(targetType);
  }

  /**
   * Returns the number of distinct ids held.
   *
   * @return the count
   */
  long distinctIds() {
    return ids.size();
  }

  /**
   * Returns the number of references kept for the end.
   *
   * @return the count
   */
  long pendingReferences() {
    return pending.count();
  }

  /**
   * Returns the declared references, for tests.
   *
   * @return the references
   */
  List<RecordReference<?>> references() {
    return new ArrayList<>(references);
  }
}

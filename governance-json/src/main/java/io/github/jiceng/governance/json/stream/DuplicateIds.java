package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Record ids used twice for one record type (重复记录标识), {@code json.duplicate-id}: as a {@link KeyedCheck}, keyed
 * by record type and id, whose state is where the records with that id are. The first record (in the dataset's order:
 * inputs in their order, then record numbers) keeps the id; each later one is an error that names the line of the
 * first and, in a dataset of several named inputs, its input ({@code firstSource}; the message names it when it is
 * another input). The streaming validator makes
 * the same findings with a compact index of ids (it can report a duplicate as soon as it is read); a cluster uses this
 * check. Immutable.
 */
public final class DuplicateIds implements KeyedCheck<DuplicateIds.Occurrences> {
  private static final DuplicateIds INSTANCE = new DuplicateIds();
  private static final char SEPARATOR = ':';

  private DuplicateIds() {
  }

  /**
   * Returns the check.
   *
   * @return the check
   */
  public static DuplicateIds check() {
    return INSTANCE;
  }

  /**
   * Returns the key of a record type and id: the type name, a colon and the id (a type name has no colon).
   *
   * @param type the record type name
   * @param id the id
   * @return the key
   */
  static String key(String type, String id) {
    return type + SEPARATOR + id;
  }

  /**
   * Returns the subject a key names.
   *
   * @param key a key made by {@link #key}
   * @return the subject
   */
  static Subject subject(String key) {
    int colon = key.indexOf(SEPARATOR);
    return Subject.of(key.substring(0, colon), key.substring(colon + 1));
  }

  @Override
  public void keys(Object value, RecordOutcome outcome, BiConsumer<String, Occurrences> out) {
    Subject subject = outcome.subject();
    if (subject.id().isPresent()) {
      out.accept(key(subject.type(), subject.id().get()), new Occurrences(new Occurrence(outcome.sourceIndex(),
          outcome.number(), outcome.line(), outcome.column(), outcome.status() == RecordStatus.VALID)));
    }
  }

  @Override
  public Occurrences combine(Occurrences left, Occurrences right) {
    left.all.addAll(right.all);
    left.all.sort(Comparator.comparingInt((Occurrence o) -> o.source).thenComparingLong(o -> o.number));
    return left;
  }

  @Override
  public void findings(String key, Occurrences state, DatasetFacts facts, KeyedFindings out) {
    if (state.all.size() < 2) {
      return;
    }
    Subject subject = subject(key);
    Occurrence first = state.all.get(0);
    for (Occurrence later : state.all.subList(1, state.all.size())) {
      out.accept(later.source, later.number, later.wasValid, finding(subject, later.line, later.column, first.line,
          facts.source(first.source).orElse(null), first.source == later.source));
    }
  }

  /**
   * Makes the finding about a record whose id an earlier record of its type already has.
   *
   * @param subject the record
   * @param line its line
   * @param column its column
   * @param firstLine the line of the earlier record in its input
   * @param firstSource the name of the earlier record's input in a dataset of several named inputs, else null
   * @param sameSource whether the earlier record is in the same input
   * @return the {@code json.duplicate-id} error; its message names the earlier record's input when that is another
   */
  static Finding finding(Subject subject, int line, int column, int firstLine, String firstSource,
      boolean sameSource) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("recordType", subject.type());
    arguments.put("id", subject.id().orElseThrow());
    arguments.put("firstLine", firstLine);
    String variant = null;
    if (firstSource != null) {
      arguments.put("firstSource", firstSource);
      variant = sameSource ? null : "other-source";
    }
    return StreamFindings.make(StreamFindings.DUPLICATE_ID, variant, Severity.ERROR, subject,
        StreamFindings.at(Location.root(), line, column), arguments);
  }

  /** Returns {@code DuplicateIds}. */
  @Override
  public String toString() {
    return "DuplicateIds";
  }

  /** Where the records of one id are: input, record number, line, column, in the dataset's order. Serializable. */
  public static final class Occurrences implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The records with the id, ordered by input and record number. */
    private final List<Occurrence> all = new ArrayList<>(1);

    private Occurrences(Occurrence first) {
      all.add(first);
    }

    /**
     * Returns the number of records with the id.
     *
     * @return the count, at least 1
     */
    public int count() {
      return all.size();
    }

    /** Returns for example {@code Occurrences[0#3 line 3, 1#9 line 9]} (input index, record number, line). */
    @Override
    public String toString() {
      return "Occurrences" + all;
    }
  }

  /** One record with an id. */
  private static final class Occurrence implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The index of the record's input. */
    private final int source;
    /** The record number in its input. */
    private final long number;
    /** The record's line in its input. */
    private final int line;
    /** The record's column. */
    private final int column;
    /** Whether the record had no active error before the checks across records. */
    private final boolean wasValid;

    private Occurrence(int source, long number, int line, int column, boolean wasValid) {
      this.source = source;
      this.number = number;
      this.line = line;
      this.column = column;
      this.wasValid = wasValid;
    }

    @Override
    public String toString() {
      return source + "#" + number + " line " + line;
    }
  }
}

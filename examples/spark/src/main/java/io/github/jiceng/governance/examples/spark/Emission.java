package io.github.jiceng.governance.examples.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a task of {@link SparkValidation} emits: a finding row, a keyed check's partial state, or the counts of a
 * partition. One type, so that a partition is read once.
 */
final class Emission implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The kinds of emission. */
  enum Kind {
    /** A finding. */
    FINDING,
    /** A partial state of a keyed check. */
    PARTIAL,
    /** The counts of a partition. */
    TALLY
  }

  final Kind kind;
  /** For a finding or counts: the index of the file it is about, or -1 for none. */
  int file = -1;
  /** For a finding: the row. */
  FindingRow row;
  /** For a cross-record finding: whether it turns a valid record into one with errors. */
  boolean converts;
  /** For a partial state: the key (check index and key). */
  String key;
  /** For a partial state: the state. */
  Partial partial;
  /** For counts. */
  long valid;
  long withErrors;
  long unreadable;
  long suppressed;
  final Set<String> recordTypes = new HashSet<>();
  /** For the counts of the keyed pass: the number of keys of each keyed check, by the check's index. */
  final Map<Integer, Long> keys = new HashMap<>();

  private Emission(Kind kind) {
    this.kind = kind;
  }

  static Emission finding(FindingRow row, int file, boolean converts) {
    Emission emission = new Emission(Kind.FINDING);
    emission.row = row;
    emission.file = file;
    emission.converts = converts;
    return emission;
  }

  static Emission partial(int check, String key, Serializable state) {
    Emission emission = new Emission(Kind.PARTIAL);
    emission.key = check + ":" + key;
    emission.partial = new Partial(check, state);
    return emission;
  }

  static Emission tally(int file) {
    Emission emission = new Emission(Kind.TALLY);
    emission.file = file;
    return emission;
  }

  /** A keyed check's partial state with the index of its check, the value that is shuffled. */
  static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    final int check;
    final Serializable state;

    Partial(int check, Serializable state) {
      this.check = check;
      this.state = state;
    }
  }
}

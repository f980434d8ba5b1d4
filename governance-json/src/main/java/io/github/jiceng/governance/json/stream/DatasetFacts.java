package io.github.jiceng.governance.json.stream;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about a whole dataset when the keyed checks report (数据集概况): the record types it holds. A
 * reference is checked only when the dataset holds records of its target type (a file of villages alone says nothing
 * about townships), which no single key's state can tell. Immutable and serializable.
 */
public final class DatasetFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The record type names, sorted. */
  private final TreeSet<String> recordTypes;

  private DatasetFacts(TreeSet<String> recordTypes) {
    this.recordTypes = recordTypes;
  }

  /**
   * Returns the facts of a dataset.
   *
   * @param recordTypes the names of the record types of the records read into a value, none null
   * @return the facts
   * @throws NullPointerException if the collection or a name is null
   */
  public static DatasetFacts of(Collection<String> recordTypes) {
    TreeSet<String> types = new TreeSet<>();
    for (String type : Objects.requireNonNull(recordTypes, "recordTypes")) {
      types.add(Objects.requireNonNull(type, "recordType"));
    }
    return new DatasetFacts(types);
  }

  /**
   * Tells whether the dataset holds records of a type.
   *
   * @param recordType a record type name, for example {@code township}
   * @return true if at least one record of the type was read into a value
   */
  public boolean holds(String recordType) {
    return recordTypes.contains(recordType);
  }

  /**
   * Returns the record types of the dataset.
   *
   * @return an immutable sorted set
   */
  public Set<String> recordTypes() {
    return java.util.Collections.unmodifiableSet(recordTypes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DatasetFacts && recordTypes.equals(((DatasetFacts) other).recordTypes);
  }

  @Override
  public int hashCode() {
    return recordTypes.hashCode();
  }

  /** Returns for example {@code DatasetFacts[township, village]}. */
  @Override
  public String toString() {
    return "DatasetFacts" + recordTypes;
  }
}

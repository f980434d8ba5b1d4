package io.github.jiceng.governance.json.stream;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What is known about a whole dataset when the keyed checks report (数据集概况): the record types it holds and, for a
 * dataset of several inputs, the inputs' names. A reference is checked only when the dataset holds records of its
 * target type (a file of villages alone says nothing about townships), which no single key's state can tell; a
 * duplicate id names the input of the first record, whose state keeps only the input's index. Immutable and
 * serializable.
 */
public final class DatasetFacts implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The record type names, sorted. */
  private final TreeSet<String> recordTypes;
  /** The names of the inputs by index; empty for a single unnamed input. */
  private final TreeMap<Integer, String> sources;

  private DatasetFacts(TreeSet<String> recordTypes, TreeMap<Integer, String> sources) {
    this.recordTypes = recordTypes;
    this.sources = sources;
  }

  /**
   * Returns the facts of a dataset of one unnamed input.
   *
   * @param recordTypes the names of the record types of the records read into a value, none null
   * @return the facts
   * @throws NullPointerException if the collection or a name is null
   */
  public static DatasetFacts of(Collection<String> recordTypes) {
    return of(recordTypes, Map.of());
  }

  /**
   * Returns the facts of a dataset of several named inputs, such as files.
   *
   * @param recordTypes the names of the record types of the records read into a value, none null
   * @param sources the names of the inputs in their order (index 0 first), as findings give them, none null or blank
   * @return the facts
   * @throws NullPointerException if a collection or a name is null
   * @throws IllegalArgumentException if a source name is blank
   */
  public static DatasetFacts of(Collection<String> recordTypes, List<String> sources) {
    Map<Integer, String> byIndex = new TreeMap<>();
    List<String> names = Objects.requireNonNull(sources, "sources");
    for (int i = 0; i < names.size(); i++) {
      byIndex.put(i, names.get(i));
    }
    return of(recordTypes, byIndex);
  }

  /**
   * Returns facts with the names of the inputs that are known, by index.
   *
   * @param recordTypes the record type names
   * @param sources the input names by index
   * @return the facts
   */
  static DatasetFacts of(Collection<String> recordTypes, Map<Integer, String> sources) {
    TreeSet<String> types = new TreeSet<>();
    for (String type : Objects.requireNonNull(recordTypes, "recordTypes")) {
      types.add(Objects.requireNonNull(type, "recordType"));
    }
    TreeMap<Integer, String> names = new TreeMap<>();
    sources.forEach((index, name) -> {
      if (Objects.requireNonNull(name, "source").isBlank()) {
        throw new IllegalArgumentException("a source name must not be blank, but was \"" + name + "\"");
      }
      names.put(index, name);
    });
    return new DatasetFacts(types, names);
  }

  /**
   * Returns the name of an input of the dataset.
   *
   * @param index the input's index ({@link RecordOutcome#sourceIndex()})
   * @return the name, or empty for a single unnamed input or an unknown index
   */
  public Optional<String> source(int index) {
    return Optional.ofNullable(sources.get(index));
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
    return other instanceof DatasetFacts && recordTypes.equals(((DatasetFacts) other).recordTypes)
        && sources.equals(((DatasetFacts) other).sources);
  }

  @Override
  public int hashCode() {
    return recordTypes.hashCode() * 31 + sources.hashCode();
  }

  /**
   * Returns for example {@code DatasetFacts[township, village]}, or with named inputs
   * {@code DatasetFacts[township, village; sources territory.ndjson, linkage.ndjson]}.
   */
  @Override
  public String toString() {
    String types = recordTypes.toString();
    return "DatasetFacts" + (sources.isEmpty() ? types
        : types.substring(0, types.length() - 1) + "; sources " + String.join(", ", sources.values()) + "]");
  }
}

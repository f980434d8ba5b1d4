package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.JsonPointer;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The cross-record state of one streaming run: the ids seen per record type (for duplicates and references) and the
 * references whose target had not appeared when they were read. Both are compact byte encodings ({@link KeyIndex},
 * {@link ByteArena}); memory grows linearly with the distinct ids and with the pending references, and with nothing
 * else. Not thread-safe.
 */
final class DatasetState {
  private final RulePack pack;
  private final RecordLookup external;
  private final boolean duplicates;
  private final List<RecordReference<?>> references;
  private final Map<String, Integer> typeIndexes = new HashMap<>();
  private final Set<String> seenTypes = new HashSet<>();
  private final Set<String> targetTypes = new HashSet<>();
  private final KeyIndex ids = new KeyIndex();
  private final ByteArena pending = new ByteArena();
  /** Argument names and subject types of pending references, stored once and referred to by index. */
  private final List<String> names = new ArrayList<>();
  private final Map<String, Integer> nameIndexes = new HashMap<>();
  /** The names of the inputs of the run, by index; empty for one unnamed input. */
  private final List<String> sources = new ArrayList<>();
  private long pendingCount;

  /**
   * Creates the state of one run.
   *
   * @param pack the rule pack, for references reported as a rule
   * @param external records outside the input that references may name
   * @param duplicates whether to report duplicate ids
   * @param references the references to check
   */
  DatasetState(RulePack pack, RecordLookup external, boolean duplicates, List<RecordReference<?>> references) {
    this.pack = pack;
    this.external = external;
    this.duplicates = duplicates;
    this.references = references;
    references.forEach(r -> targetTypes.add(r.targetType()));
  }

  /**
   * Returns a lookup for rules while streaming: it finds what the external lookup finds, but covers no target type of
   * a declared reference, because only the end of the input can tell that a record is missing; the streaming pass
   * reports those references itself.
   *
   * @return the lookup
   */
  RecordLookup lookupForRules() {
    return new RecordLookup() {
      @Override
      public Optional<Object> find(Subject subject) {
        return external.find(subject);
      }

      @Override
      public boolean covers(String typeName) {
        return !targetTypes.contains(typeName) && external.covers(typeName);
      }
    };
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
    return typeIndexes.computeIfAbsent(type, t -> typeIndexes.size());
  }

  /**
   * Registers a record read into a value, and reports a duplicate id. In a run of several inputs the finding also
   * names the input of the first record ({@code firstSource}), and its message does when that is another input.
   *
   * @param subject the record's subject
   * @param source the index of the record's input (0 for a single input)
   * @param line the line of the record
   * @param column the column of the record
   * @param out receives a duplicate-id finding
   */
  void register(Subject subject, int source, int line, int column, Consumer<Finding> out) {
    seenTypes.add(subject.type());
    if (subject.id().isEmpty()) {
      return;
    }
    long first = ids.putIfAbsent(typeIndex(subject.type()), subject.id().get(), ((long) source << 32) | line);
    if (first >= 0 && duplicates) {
      int firstSource = (int) (first >>> 32);
      Map<String, Object> arguments = new LinkedHashMap<>();
      arguments.put("recordType", subject.type());
      arguments.put("id", subject.id().get());
      arguments.put("firstLine", (int) first);
      String variant = null;
      if (!sources.isEmpty()) {
        arguments.put("firstSource", sources.get(firstSource));
        variant = firstSource == source ? null : "other-source";
      }
      out.accept(StreamFindings.make(StreamFindings.DUPLICATE_ID, variant, Severity.ERROR, subject,
          StreamFindings.at(Location.root(), line, column), arguments));
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
    for (int r = 0; r < references.size(); r++) {
      RecordReference<?> reference = references.get(r);
      if (!reference.javaType().isInstance(record)) {
        continue;
      }
      List<String> keys = reference.keysOf(record);
      for (int i = 0; i < keys.size(); i++) {
        String key = keys.get(i);
        if (key == null || ids.contains(typeIndex(reference.targetType()), key)) {
          continue;
        }
        int[] at = positions.apply(reference.pointer(i));
        pending.writeLong(r);
        pending.writeLong(i);
        pending.writeLong(source);
        pending.writeLong(number);
        pending.writeLong(at == null ? 0 : at[0]);
        pending.writeLong(at == null ? 0 : at[1]);
        pending.writeLong(zigzag(date.toEpochDay()));
        pending.writeLong(valid ? 1 : 0);
        pending.writeString(key);
        pending.writeString(subject.id().orElse(""));
        pending.writeLong(name(subject.type()));
        Map<String, ?> arguments = reference.argumentsOf(record, i);
        pending.writeLong(arguments.size());
        arguments.forEach((name, value) -> {
          // formatted now as the rule engine formats them, so the model value need not be kept
          pending.writeLong(name(name));
          pending.writeString(ArgumentFormatter.display(value, Locale.SIMPLIFIED_CHINESE, false));
          pending.writeString(ArgumentFormatter.display(value, Locale.ENGLISH, false));
          pending.writeString(ArgumentFormatter.attribute(value, false));
        });
        pendingCount++;
      }
    }
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
    ByteArena.Cursor cursor = pending.new Cursor(0);
    while (!cursor.atEnd()) {
      RecordReference<?> reference = references.get((int) cursor.readLong());
      int index = (int) cursor.readLong();
      int source = (int) cursor.readLong();
      long number = cursor.readLong();
      int line = (int) cursor.readLong();
      int column = (int) cursor.readLong();
      LocalDate date = LocalDate.ofEpochDay(unzigzag(cursor.readLong()));
      boolean wasValid = cursor.readLong() == 1;
      String key = cursor.readString();
      String id = cursor.readString();
      String type = names.get((int) cursor.readLong());
      Subject subject = id.isEmpty() ? Subject.ofType(type) : Subject.of(type, id);
      Arguments arguments = new Arguments();
      for (long n = cursor.readLong(); n > 0; n--) {
        String name = names.get((int) cursor.readLong());
        arguments.chinese.put(name, cursor.readString());
        arguments.english.put(name, cursor.readString());
        arguments.attributes.put(name, cursor.readString());
      }
      String target = reference.targetType();
      boolean covered = seenTypes.contains(target) || external.covers(target);
      if (!covered || ids.contains(typeIndex(target), key) || external.find(Subject.of(target, key)).isPresent()) {
        continue;
      }
      Location location = StreamFindings.at(Location.of(reference.pointer(index)), line, column);
      Finding finding = reference.ruleId().isPresent() && pack.descriptor(reference.ruleId().get()).isPresent()
          ? asRule(reference.ruleId().get(), subject, location, date, arguments)
          : generic(reference, index, subject, location, key);
      if (finding != null) {
        out.accept(source, number, wasValid, finding);
      }
    }
  }

  /** A rule message's arguments, formatted for each language and as attributes. */
  private static final class Arguments {
    private final Map<String, String> chinese = new LinkedHashMap<>();
    private final Map<String, String> english = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
  }

  private Finding asRule(String ruleId, Subject subject, Location location, LocalDate date, Arguments arguments) {
    RuleDescriptor rule = pack.descriptor(ruleId).orElseThrow();
    if (!pack.isEnabled(ruleId) || !rule.isInForceOn(date)) {
      return null;
    }
    Finding.Builder builder = Finding.builder(rule.id(), pack.severityOf(ruleId), subject)
        .location(location)
        .message(rule.message(Locale.SIMPLIFIED_CHINESE).render(arguments.chinese, Locale.SIMPLIFIED_CHINESE, false),
            rule.message(Locale.ENGLISH).render(arguments.english, Locale.ENGLISH, false))
        .pack(pack.id(), pack.version());
    arguments.attributes.forEach(builder::attribute);
    rule.legalBasesOn(date).forEach(builder::basis);
    return builder.build();
  }

  private static Finding generic(RecordReference<?> reference, int index, Subject subject, Location location,
      String key) {
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("property", reference.pointer(index).toString());
    arguments.put("recordType", subject.type());
    arguments.put("targetType", reference.targetType());
    arguments.put("id", key);
    return StreamFindings.make(StreamFindings.MISSING_REFERENCE, null, Severity.ERROR, subject, location, arguments);
  }

  private int name(String name) {
    return nameIndexes.computeIfAbsent(name, n -> {
      names.add(n);
      return names.size() - 1;
    });
  }

  private static long zigzag(long n) {
    return (n << 1) ^ (n >> 63);
  }

  private static long unzigzag(long n) {
    return (n >>> 1) ^ -(n & 1);
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
    return pendingCount;
  }

  /**
   * Returns the bytes of state held, an estimate.
   *
   * @return the bytes
   */
  long bytes() {
    return ids.bytes() + pending.capacity();
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

package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.RecordLookup;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import io.github.jiceng.governance.rules.Validator;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * References to records that are not in the dataset (缺失的引用记录), for the declared {@link RecordReferences}: as a
 * {@link KeyedCheck} keyed by the target's record type and id (the keys of {@link DuplicateIds}), whose state says
 * whether a record with that id is in the dataset and which references name it. A reference to a missing record is
 * reported with the rule it names ({@link RecordReference#reportedAs}) or as {@code json.missing-reference}, only if
 * the dataset holds records of the target type or the external lookup covers it, and not if the external lookup finds
 * the record. The streaming validator keeps the same pending references in a compact arena and reports them with the
 * same findings; a cluster uses this check. Immutable and thread-safe if the lookup is.
 */
public final class MissingReferences implements KeyedCheck<MissingReferences.State> {
  private final Validator validator;
  private final RulePack pack;
  private final List<RecordReference<?>> references;
  private final RecordLookup external;

  private MissingReferences(Validator validator, RecordReferences references, RecordLookup external) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.pack = validator.pack();
    this.references = Objects.requireNonNull(references, "references").all();
    this.external = Objects.requireNonNull(external, "external");
  }

  /**
   * Returns the check of some references.
   *
   * @param validator the rule engine, for the pack and the records' evaluation dates, not null
   * @param references the references, not null
   * @param external records outside the dataset that references may name, not null
   * @return the check
   */
  public static MissingReferences of(Validator validator, RecordReferences references, RecordLookup external) {
    return new MissingReferences(validator, references, external);
  }

  @Override
  public void keys(Object value, RecordOutcome outcome, BiConsumer<String, State> out) {
    Subject subject = outcome.subject();
    if (subject.id().isPresent()) {
      out.accept(DuplicateIds.key(subject.type(), subject.id().get()), State.found());
    }
    LocalDate date = null;
    for (int r = 0; r < references.size(); r++) {
      RecordReference<?> reference = references.get(r);
      if (!reference.javaType().isInstance(value)) {
        continue;
      }
      List<String> keys = reference.keysOf(value);
      for (int i = 0; i < keys.size(); i++) {
        if (keys.get(i) == null) {
          continue;
        }
        date = date == null ? validator.evaluationDateOf(value) : date;
        Pending pending = pending(r, i, value, subject, outcome.sourceIndex(), outcome.number(), date,
            outcome.status() == RecordStatus.VALID, outcome.positionOf(reference.pointer(i)));
        out.accept(DuplicateIds.key(reference.targetType(), keys.get(i)), State.of(pending));
      }
    }
  }

  @Override
  public State combine(State left, State right) {
    left.present |= right.present;
    if (left.present) {
      left.pending.clear();
    } else {
      left.pending.addAll(right.pending);
    }
    return left;
  }

  @Override
  public void findings(String key, State state, DatasetFacts facts, KeyedFindings out) {
    if (state.present || state.pending.isEmpty()) {
      return;
    }
    List<Pending> ordered = new ArrayList<>(state.pending);
    ordered.sort(Comparator.comparingInt((Pending p) -> p.source).thenComparingLong(p -> p.number)
        .thenComparingInt(p -> p.reference).thenComparingInt(p -> p.index));
    for (Pending pending : ordered) {
      String target = references.get(pending.reference).targetType();
      Finding finding = missing(pending, facts.holds(target) || external.covers(target));
      if (finding != null) {
        out.accept(pending.source, pending.number, pending.wasValid, finding);
      }
    }
  }

  /**
   * Makes a pending reference: the i-th id that a record's reference names, with its message arguments formatted as
   * the rule engine formats them (so that the model value need not be kept).
   *
   * @param reference the index of the reference among the declared ones
   * @param index the index of the id among the reference's ids
   * @param record the model value
   * @param subject the record's subject
   * @param source the index of the record's input
   * @param number the record number in its input
   * @param date the record's evaluation date
   * @param valid whether the record has no active error
   * @param at {line, column} of the id in the input, or null
   * @return the pending reference
   */
  Pending pending(int reference, int index, Object record, Subject subject, int source, long number, LocalDate date,
      boolean valid, int[] at) {
    RecordReference<?> declared = references.get(reference);
    Map<String, ?> arguments = declared.argumentsOf(record, index);
    String[] names = new String[arguments.size()];
    String[] chinese = new String[names.length];
    String[] english = new String[names.length];
    String[] attributes = new String[names.length];
    int n = 0;
    for (Map.Entry<String, ?> argument : arguments.entrySet()) {
      String[] texts = texts(argument.getValue());
      names[n] = argument.getKey();
      chinese[n] = texts[0];
      english[n] = texts[1];
      attributes[n] = texts[2];
      n++;
    }
    return new Pending(reference, index, source, number, at == null ? 0 : at[0], at == null ? 0 : at[1],
        date.toEpochDay(), valid, declared.keysOf(record).get(index), subject.type(), subject.id().orElse(""),
        names, chinese, english, attributes);
  }

  /**
   * Formats a message argument as the rule engine does, personal data masked.
   *
   * @param value the argument
   * @return its Chinese text, its English text and its attribute text
   */
  static String[] texts(Object value) {
    return new String[] {ArgumentFormatter.display(value, Locale.SIMPLIFIED_CHINESE, false),
        ArgumentFormatter.display(value, Locale.ENGLISH, false), ArgumentFormatter.attribute(value, false)};
  }

  /**
   * Reports a reference whose target is not in the dataset, unless the external lookup finds it, the target type is
   * not covered, or its rule is disabled or not in force.
   *
   * @param pending the reference
   * @param covered whether the dataset holds records of the target type or the external lookup covers it
   * @return the finding, or null for none
   */
  Finding missing(Pending pending, boolean covered) {
    RecordReference<?> reference = references.get(pending.reference);
    String target = reference.targetType();
    if (!covered || external.find(Subject.of(target, pending.key)).isPresent()) {
      return null;
    }
    Subject subject = pending.subjectId.isEmpty() ? Subject.ofType(pending.subjectType)
        : Subject.of(pending.subjectType, pending.subjectId);
    Location location = StreamFindings.at(Location.of(reference.pointer(pending.index)), pending.line,
        pending.column);
    return reference.ruleId().isPresent() && pack.descriptor(reference.ruleId().get()).isPresent()
        ? asRule(reference.ruleId().get(), subject, location, LocalDate.ofEpochDay(pending.epochDay), pending)
        : generic(reference, pending.index, subject, location, pending.key);
  }

  private Finding asRule(String ruleId, Subject subject, Location location, LocalDate date, Pending pending) {
    RuleDescriptor rule = pack.descriptor(ruleId).orElseThrow();
    if (!pack.isEnabled(ruleId) || !rule.isInForceOn(date)) {
      return null;
    }
    Map<String, String> chinese = new LinkedHashMap<>();
    Map<String, String> english = new LinkedHashMap<>();
    for (int n = 0; n < pending.names.length; n++) {
      chinese.put(pending.names[n], pending.chinese[n]);
      english.put(pending.names[n], pending.english[n]);
    }
    Finding.Builder builder = Finding.builder(rule.id(), pack.severityOf(ruleId), subject)
        .location(location)
        .message(rule.message(Locale.SIMPLIFIED_CHINESE).render(chinese, Locale.SIMPLIFIED_CHINESE, false),
            rule.message(Locale.ENGLISH).render(english, Locale.ENGLISH, false))
        .pack(pack.id(), pack.version());
    for (int n = 0; n < pending.names.length; n++) {
      builder.attribute(pending.names[n], pending.attributes[n]);
    }
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

  /**
   * Returns a lookup for the rules of the per-record checks: it finds what the external lookup finds, but covers no
   * target type of a declared reference, because only the whole dataset can tell that a record is missing; these
   * references are reported by the cross-record check instead, once.
   *
   * @param external the external lookup
   * @param targetTypes the target types of the declared references
   * @return the lookup
   */
  static RecordLookup lookupForRules(RecordLookup external, java.util.Set<String> targetTypes) {
    return new RecordLookup() {
      @Override
      public java.util.Optional<Object> find(Subject subject) {
        return external.find(subject);
      }

      @Override
      public boolean covers(String typeName) {
        return !targetTypes.contains(typeName) && external.covers(typeName);
      }
    };
  }

  /** Returns for example {@code MissingReferences[12 references]}. */
  @Override
  public String toString() {
    return "MissingReferences[" + references.size() + " references]";
  }

  /** Whether a record with a key's id is in the dataset, and the references to it. Serializable. */
  public static final class State implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Whether a record with the id is in the dataset. */
    private boolean present;
    /** The references to the id while it is not known to be present. */
    private final List<Pending> pending = new ArrayList<>(1);

    private State() {
    }

    private static State found() {
      State state = new State();
      state.present = true;
      return state;
    }

    private static State of(Pending reference) {
      State state = new State();
      state.pending.add(reference);
      return state;
    }

    /**
     * Tells whether a record with the key's id is in the dataset.
     *
     * @return true if present
     */
    public boolean present() {
      return present;
    }

    /**
     * Returns the number of references to the key kept (none once the record is present).
     *
     * @return the count
     */
    public int pendingReferences() {
      return pending.size();
    }

    /** Returns for example {@code State[absent, 2 references]}. */
    @Override
    public String toString() {
      return "State[" + (present ? "present" : "absent") + ", " + pending.size() + " references]";
    }
  }

  /** A reference whose target had not appeared, with what its finding needs. */
  static final class Pending implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The index of the reference among the declared ones. */
    final int reference;
    /** The index of the id among the reference's ids. */
    final int index;
    /** The index of the referring record's input. */
    final int source;
    /** The record number in its input. */
    final long number;
    /** The line of the id in its input, or 0. */
    final int line;
    /** The column of the id in the input, or 0. */
    final int column;
    /** The record's evaluation date, as an epoch day. */
    final long epochDay;
    /** Whether the record had no active error. */
    final boolean wasValid;
    /** The referenced id. */
    final String key;
    /** The record type of the referring record. */
    final String subjectType;
    /** The id of the referring record, or empty. */
    final String subjectId;
    /** The names of the rule message's arguments. */
    final String[] names;
    /** The arguments formatted in Chinese. */
    final String[] chinese;
    /** The arguments formatted in English. */
    final String[] english;
    /** The arguments formatted as attributes. */
    final String[] attributes;

    Pending(int reference, int index, int source, long number, int line, int column, long epochDay,
        boolean wasValid, String key, String subjectType, String subjectId, String[] names, String[] chinese,
        String[] english, String[] attributes) {
      this.reference = reference;
      this.index = index;
      this.source = source;
      this.number = number;
      this.line = line;
      this.column = column;
      this.epochDay = epochDay;
      this.wasValid = wasValid;
      this.key = key;
      this.subjectType = subjectType;
      this.subjectId = subjectId;
      this.names = names;
      this.chinese = chinese;
      this.english = english;
      this.attributes = attributes;
    }
  }
}

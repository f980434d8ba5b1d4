package io.github.jiceng.governance.rules;

import io.github.jiceng.governance.rules.constraint.ConstraintBridge;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The rule engine (校验器): checks records against a {@link RulePack} and their Bean Validation constraints, and
 * returns findings.
 *
 * <p>Build one per pack and options, then share it: a validator is immutable and thread-safe, and checking a record
 * costs only the rules that apply to its type. {@link #validate(Iterable)} returns a {@link ValidationReport};
 * {@link #check(Object)} returns one record's {@link RecordResult}, for streaming.
 *
 * <pre>{@code
 * Validator validator = Validator.builder(pack)
 *     .subject(Meeting.class, "meeting", Meeting::id)
 *     .recordDate(Meeting.class, Meeting::date)
 *     .waivers(waivers)
 *     .build();
 * ValidationReport report = validator.validate(meetings);
 * }</pre>
 *
 * <p>For each record the evaluation date is the as-of date if set, else the record's own date, else today; only the
 * rules enabled in the pack and in force on that date run. The rules of a record's type run on the record; then the
 * rules of each {@linkplain RecordType#withCheckedProperty checked property}'s value type run on that value (for
 * example the {@code id.uscc.*} rules on a social organisation's {@code creditCode}), with findings about the record
 * that point at the property. A rule that throws produces an {@code engine.rule.failed}
 * error finding instead of stopping the run (unless {@link Builder#rethrowRuleFailures(boolean)}).
 */
public final class Validator {
  /** The default time zone of "today": China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private final RulePack pack;
  private final LocalDate asOf;
  private final Clock clock;
  private final RecordLookup lookup;
  private final List<Waiver> waivers;
  private final boolean reveal;
  private final boolean rethrow;
  private final ConstraintBridge constraints;
  private final RecordAccessors accessors;
  private final PackRules rules;
  private final EngineFindings engine;

  private Validator(Builder builder) {
    this.pack = builder.pack;
    this.asOf = builder.asOf;
    this.clock = builder.clock;
    this.lookup = builder.lookup;
    this.waivers = List.copyOf(builder.waivers);
    this.reveal = builder.reveal;
    this.rethrow = builder.rethrow;
    this.constraints = builder.beanValidation ? ConstraintBridge.create(clock) : null;
    this.accessors = new RecordAccessors(builder.subjects, builder.dates, builder.recordTypes);
    this.rules = new PackRules(pack);
    this.engine = new EngineFindings(pack);
  }

  /**
   * Returns a validator with default options.
   *
   * @param pack the rule pack, not null
   * @return the validator
   */
  public static Validator of(RulePack pack) {
    return builder(pack).build();
  }

  /**
   * Starts a validator.
   *
   * @param pack the rule pack, not null
   * @return a builder
   */
  public static Builder builder(RulePack pack) {
    return new Builder(pack);
  }

  /**
   * Checks one record and returns a report.
   *
   * @param record the record, not null
   * @return the report of one record
   */
  public ValidationReport validate(Object record) {
    return ValidationReport.builder().add(check(record)).build();
  }

  /**
   * Checks records and returns one report for all of them.
   *
   * @param records the records, none null
   * @return the report
   */
  public ValidationReport validate(Iterable<?> records) {
    Objects.requireNonNull(records, "records");
    ValidationReport.Builder report = ValidationReport.builder();
    for (Object record : records) {
      report.add(check(record));
    }
    return report.build();
  }

  /**
   * Checks one record with the validator's lookup.
   *
   * @param record the record, not null
   * @return the record's findings, with waivers applied
   */
  public RecordResult check(Object record) {
    return check(record, lookup);
  }

  /**
   * Checks one record, looking up other records in a given lookup.
   *
   * @param record the record, not null
   * @param lookup other records, not null
   * @return the record's findings, with waivers applied
   * @throws RuntimeException what a rule threw, only if {@link Builder#rethrowRuleFailures(boolean)} is set
   */
  public RecordResult check(Object record, RecordLookup lookup) {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(lookup, "lookup");
    Subject subject = accessors.subjectOf(record);
    LocalDate today = asOf != null && waivers.isEmpty() ? null : LocalDate.now(clock); // only if needed
    LocalDate date = asOf != null ? asOf : accessors.dateOf(record).orElse(today);
    List<Finding> found = new ArrayList<>();
    RulesInForce inForce = rules.inForceOn(date);
    if (!inForce.packValid()) {
      found.add(engine.packNotInForce(subject, date));
    }
    if (constraints != null) {
      found.addAll(constraints.check(record, subject, pack.id(), pack.version(), reveal));
    }
    int[] own = rules.rulesFor(record.getClass());
    RuleContext context = runRules(record, own, null, JsonPointer.root(), subject, date, inForce, null, lookup,
        found);
    for (Map.Entry<JsonPointer, Object> property : accessors.checkedValuesOf(record)) {
      Object value = property.getValue();
      context = runRules(value, rules.rulesFor(value.getClass()), own, property.getKey(), subject, date, inForce, context,
          lookup, found);
    }
    return applyWaivers(found, today);
  }

  /**
   * Runs rules on {@code target} (the record, or the value of one of its checked properties at {@code at}), except
   * those that already ran on the record, and adds their findings about {@code subject}. Returns the context, made on
   * first need.
   */
  private RuleContext runRules(Object target, int[] indexes, int[] ranOnRecord, JsonPointer at, Subject subject,
      LocalDate date, RulesInForce inForce, RuleContext made, RecordLookup lookup, List<Finding> found) {
    RuleContext context = made;
    for (int i : indexes) {
      if (!inForce.runs(i) || (ranOnRecord != null && contains(ranOnRecord, i))) {
        continue;
      }
      RuleDescriptor descriptor = rules.descriptor(i);
      if (context == null) {
        context = RuleContext.of(pack, date, asOf, lookup);
      }
      RuleRun run = new RuleRun(descriptor, rules.severity(i), subject, date, pack, reveal);
      try {
        run(rules.rule(i), target, context, at.isRoot() ? run : below(at, run));
        if (!run.findings().isEmpty()) {
          found.addAll(run.findings());
        }
      } catch (RuntimeException e) {
        if (rethrow) {
          throw e;
        }
        found.add(engine.ruleFailed(subject, descriptor, e));
      }
    }
    return context;
  }

  private static boolean contains(int[] indexes, int index) {
    for (int i : indexes) {
      if (i == index) {
        return true;
      }
    }
    return false;
  }

  /** A collector that puts a rule's pointer below a property's pointer. */
  private static FindingCollector below(JsonPointer property, FindingCollector out) {
    return (at, arguments) -> {
      List<String> tokens = new ArrayList<>(property.tokens());
      tokens.addAll(Objects.requireNonNull(at, "at").tokens());
      out.report(JsonPointer.of(tokens), arguments);
    };
  }

  @SuppressWarnings("unchecked")
  private static void run(Rule<?> rule, Object record, RuleContext context, FindingCollector out) {
    ((Rule<Object>) rule).check(record, context, out);
  }

  /**
   * Applies the validator's waivers, as of today, to findings from another source (for example the JSON reader).
   *
   * @param findings the findings of one record, none null
   * @return the findings split into active and suppressed
   */
  public RecordResult applyWaivers(Collection<Finding> findings) {
    return applyWaivers(findings, waivers.isEmpty() ? null : LocalDate.now(clock));
  }

  /** Applies the waivers as of a day, which is null only when there are no waivers. */
  private RecordResult applyWaivers(Collection<Finding> findings, LocalDate today) {
    if (waivers.isEmpty()) {
      return RecordResult.of(findings, List.of());
    }
    List<Finding> active = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding finding : findings) {
      Waiver waiver = waivers.stream().filter(w -> w.appliesTo(finding, today)).findFirst().orElse(null);
      if (waiver == null) {
        active.add(finding);
      } else {
        suppressed.add(SuppressedFinding.of(finding, waiver));
      }
    }
    return RecordResult.of(active, suppressed);
  }

  /**
   * Returns the subject the validator gives a record.
   *
   * @param record the record, not null
   * @return the subject
   */
  public Subject subjectOf(Object record) {
    return accessors.subjectOf(Objects.requireNonNull(record, "record"));
  }

  /**
   * Returns the date whose law the validator applies to a record: the as-of date, the record's date or today.
   *
   * @param record the record, not null
   * @return the evaluation date
   */
  public LocalDate evaluationDateOf(Object record) {
    Objects.requireNonNull(record, "record");
    return asOf != null ? asOf : accessors.dateOf(record).orElse(LocalDate.now(clock));
  }

  /**
   * Returns the rule pack.
   *
   * @return the pack
   */
  public RulePack pack() {
    return pack;
  }

  /** Returns for example {@code Validator[cn.chongqing 2026.1, 12 rules, 2 waivers]}. */
  @Override
  public String toString() {
    return "Validator[" + pack.id() + " " + pack.version() + ", " + rules.size() + " rules, " + waivers.size()
        + " waivers" + (asOf == null ? "" : ", as of " + asOf) + "]";
  }

  /** Builds a {@link Validator}. Not thread-safe. */
  public static final class Builder {
    private final RulePack pack;
    private LocalDate asOf;
    private Clock clock = Clock.system(CHINA);
    private RecordLookup lookup = RecordLookup.none();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<RecordAccessors.SubjectAccess<?>> subjects = new ArrayList<>();
    private final List<RecordAccessors.DateAccess<?>> dates = new ArrayList<>();
    private RecordTypes recordTypes = RecordTypes.standard();
    private boolean reveal;
    private boolean beanValidation = true;
    private boolean rethrow;

    private Builder(RulePack pack) {
      this.pack = Objects.requireNonNull(pack, "pack");
    }

    /**
     * Judges every record by the law in force on this date instead of the record's own date.
     *
     * @param asOf the date, not null
     * @return this builder
     */
    public Builder asOf(LocalDate asOf) {
      this.asOf = Objects.requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * Sets the clock that gives "today": for records without a date, for waiver expiry and for {@code @Past}
     * constraints. The default is the system clock in China Standard Time.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the lookup of other records; the default knows none.
     *
     * @param lookup the lookup, thread-safe if the validator is shared, not null
     * @return this builder
     */
    public Builder lookup(RecordLookup lookup) {
      this.lookup = Objects.requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Adds waivers.
     *
     * @param waivers the waivers, none null
     * @return this builder
     */
    public Builder waivers(Collection<Waiver> waivers) {
      waivers.forEach(w -> this.waivers.add(Objects.requireNonNull(w, "waiver")));
      return this;
    }

    /**
     * Sets the record types that name subjects and give records' own dates; the default is {@link
     * RecordTypes#standard()}. Registrations made with {@link #subject} and {@link #recordDate} take precedence.
     *
     * @param recordTypes the registry, not null
     * @return this builder
     */
    public Builder recordTypes(RecordTypes recordTypes) {
      this.recordTypes = Objects.requireNonNull(recordTypes, "recordTypes");
      return this;
    }

    /**
     * Says how to name records of a type: their record type name and id. The first registration that matches a
     * record wins.
     *
     * @param type the Java type, not null
     * @param typeName the record type name, kebab-case, for example {@code social-organisation}
     * @param idOf gives a record's id; null or blank for none. Must not return personal data in clear.
     * @param <T> the Java type
     * @return this builder
     */
    public <T> Builder subject(Class<T> type, String typeName, Function<? super T, String> idOf) {
      subjects.add(new RecordAccessors.SubjectAccess<>(type, typeName, idOf));
      return this;
    }

    /**
     * Says how to find the own date of records of a type (a meeting's date, a request's date), whose law applies
     * unless an as-of date is set.
     *
     * @param type the Java type, not null
     * @param dateOf gives a record's date, or null if it has none
     * @param <T> the Java type
     * @return this builder
     */
    public <T> Builder recordDate(Class<T> type, Function<? super T, LocalDate> dateOf) {
      dates.add(new RecordAccessors.DateAccess<>(type, dateOf));
      return this;
    }

    /**
     * Shows personal data in clear in messages and attributes. Off by default; turn it on only when the user
     * explicitly asked.
     *
     * @param reveal true to show personal data in clear
     * @return this builder
     */
    public Builder revealPersonalData(boolean reveal) {
      this.reveal = reveal;
      return this;
    }

    /**
     * Turns the Bean Validation checks on or off (on by default).
     *
     * @param on true to report constraint violations as {@code constraint.*} findings
     * @return this builder
     */
    public Builder beanValidation(boolean on) {
      this.beanValidation = on;
      return this;
    }

    /**
     * Makes a rule's exception propagate instead of becoming an {@code engine.rule.failed} finding. Use it in tests,
     * so that a rule's bug (such as a missing message argument) fails the test.
     *
     * @param rethrow true to propagate
     * @return this builder
     */
    public Builder rethrowRuleFailures(boolean rethrow) {
      this.rethrow = rethrow;
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator
     */
    public Validator build() {
      return new Validator(this);
    }
  }
}

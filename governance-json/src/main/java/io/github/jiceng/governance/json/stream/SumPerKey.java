package io.github.jiceng.governance.json.stream;

import io.github.jiceng.governance.rules.ArgumentFormatter;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.MessageTemplate;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Subject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A {@link DatasetCheck} that sums an amount per key over the records of a type and reports every key whose total
 * exceeds a maximum (按键汇总上限检查): for example a volunteer's service hours per day, keyed by volunteer id and
 * date. Each run gets a fresh, compact sum table from {@link #get()}; the definition itself is immutable. It is also a
 * {@link KeyedCheck} (the partial state of a key is its sum, count and record ids), so the same definition runs on a
 * cluster (and with {@link KeyedCheck#inMemory}, a plain hash map of partial states) with the same findings.
 *
 * <p>Memory of {@link #get()}: per distinct key about 40 bytes plus the key's characters (one byte each up to
 * U+00FF), the sum kept as a scaled long while it fits (exact, as {@code BigDecimal} addition); with
 * {@link Builder#ids} also each record's id and a few bytes of link. A key of 30 characters with one record of a
 * 9-character id costs about 84 bytes; a volunteer-day of {@link VolunteerDailyHours}, whose days are kept as numbers
 * rather than digits, about 78.
 *
 * <pre>{@code
 * SumPerKey<ServiceRecord> hoursPerDay = SumPerKey.builder(ServiceRecord.class, "service.hours.daily-limit")
 *     .key(r -> Optional.of(r.volunteerId() + "/" + r.date()))
 *     .amount(ServiceRecord::hours)
 *     .maximum(new BigDecimal("24"))
 *     .subjectType("volunteer")
 *     .message("{key}的服务时长合计{total}小时，超过{maximum}小时", "{key}: {total} hours in total, more than {maximum}")
 *     .build();
 * }</pre>
 *
 * @param <T> the Java type of the records summed
 */
public final class SumPerKey<T> implements Supplier<DatasetCheck>, KeyedCheck<SumPerKey.Partial> {
  private final Class<T> javaType;
  private final FindingCode code;
  private final Severity severity;
  private final Function<? super T, Optional<String>> key;
  private final Function<? super T, BigDecimal> amount;
  private final BigDecimal maximum;
  private final String subjectType;
  private final MessageTemplate chinese;
  private final MessageTemplate english;
  private final Function<? super T, String> id;
  private final Reporter reporter;
  /** The key in parts, for the sum table, or null. */
  private final SplitKey<? super T> splitKey;

  private SumPerKey(Builder<T> builder) {
    this.javaType = builder.javaType;
    this.code = builder.code;
    this.severity = builder.severity;
    this.key = Objects.requireNonNull(builder.key, "key");
    this.amount = Objects.requireNonNull(builder.amount, "amount");
    this.id = builder.id;
    this.reporter = builder.reporter;
    if (reporter == null) {
      this.maximum = Objects.requireNonNull(builder.maximum, "maximum");
      this.subjectType = Subject.ofType(Objects.requireNonNull(builder.subjectType, "subjectType")).type();
      this.chinese = Objects.requireNonNull(builder.chinese, "message");
    } else {
      this.maximum = builder.maximum;
      this.subjectType = builder.subjectType;
      this.chinese = builder.chinese;
    }
    this.english = builder.english;
    this.splitKey = builder.splitKey;
  }

  /**
   * Reports the findings of one key at the end of a run, instead of the maximum and message of the definition: for
   * sums that a rule of the pack judges (its severity, message, parameter and legal basis).
   */
  @FunctionalInterface
  public interface Reporter {
    /**
     * Reports what a key's total calls for, possibly nothing.
     *
     * @param key the key
     * @param total the sum of the key's amounts
     * @param ids the ids of the key's records in input order, if the definition keeps them, else empty
     * @param out receives the findings
     */
    void report(String key, BigDecimal total, List<String> ids, Consumer<Finding> out);
  }

  /**
   * Starts a definition.
   *
   * @param javaType the Java type of the records to sum, not null
   * @param code the code of the findings, for example {@code service.hours.daily-limit}
   * @param <T> the Java type
   * @return a builder; key, amount, maximum, subject type and message are required
   * @throws IllegalArgumentException if the code is malformed
   */
  public static <T> Builder<T> builder(Class<T> javaType, String code) {
    return new Builder<>(Objects.requireNonNull(javaType, "javaType"), FindingCode.of(code));
  }

  /**
   * Returns a new, empty sum table for one run.
   *
   * @return the check
   */
  @Override
  public DatasetCheck get() {
    return new SumTable<>(this);
  }

  /** Returns the record as the summed type, or null if it is another type. */
  T typed(Object value) {
    return javaType.isInstance(value) ? javaType.cast(value) : null;
  }

  /** Returns the key of a record, or null if it has none. */
  String keyOf(T record) {
    return key.apply(record).orElse(null);
  }

  /** Returns the key in parts, or null if the definition has none. */
  SplitKey<? super T> splitKey() {
    return splitKey;
  }

  /** Returns the amount of a record, or null. */
  BigDecimal amountOf(T record) {
    return amount.apply(record);
  }

  /** Returns the id of a record if the definition keeps ids, else null. */
  String idOf(T record) {
    return id == null ? null : id.apply(record);
  }

  /** Tells whether a key with this total can have a finding: false only for a total within the maximum. */
  boolean mayReport(BigDecimal total) {
    return reporter != null || total.compareTo(maximum) > 0;
  }

  @Override
  public void keys(Object value, RecordOutcome outcome, BiConsumer<String, Partial> out) {
    T typed = typed(value);
    if (typed == null) {
      return;
    }
    String k = keyOf(typed);
    BigDecimal amountOf = amountOf(typed);
    if (k == null || amountOf == null) {
      return;
    }
    out.accept(k, new Partial(amountOf, outcome.order(), idOf(typed)));
  }

  @Override
  public Partial combine(Partial left, Partial right) {
    left.sum = left.sum.add(right.sum);
    left.records += right.records;
    if (!right.numbers.isEmpty()) {
      boolean inOrder = left.numbers.isEmpty()
          || left.numbers.get(left.numbers.size() - 1) <= right.numbers.get(0);
      left.numbers.addAll(right.numbers);
      left.ids.addAll(right.ids);
      if (!inOrder) {
        left.sortByNumber();
      }
    }
    return left;
  }

  @Override
  public void findings(String keyOf, Partial total, DatasetFacts facts, KeyedFindings out) {
    report(keyOf, total.sum, total.records, java.util.Collections.unmodifiableList(total.ids),
        finding -> out.accept(-1, 0, false, finding));
  }

  /**
   * Reports what a key's total calls for: with the reporter, or a finding when the total is over the maximum.
   *
   * @param keyOf the key
   * @param sum its total
   * @param records the number of records summed
   * @param ids the ids of its records in dataset order (empty if not kept)
   * @param out receives the findings
   */
  void report(String keyOf, BigDecimal sum, long records, List<String> ids, Consumer<Finding> out) {
    if (reporter != null) {
      reporter.report(keyOf, sum, ids, out);
      return;
    }
    if (sum.compareTo(maximum) <= 0) {
      return;
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("key", keyOf);
    arguments.put("total", sum.toPlainString());
    arguments.put("maximum", maximum.toPlainString());
    arguments.put("records", records);
    Finding.Builder finding = Finding.builder(code, severity, Subject.of(subjectType, keyOf))
        .message(chinese.render(arguments, Locale.SIMPLIFIED_CHINESE, false),
            english.render(arguments, Locale.ENGLISH, false));
    arguments.forEach((name, value) -> finding.attribute(name, ArgumentFormatter.attribute(value, false)));
    out.accept(finding.build());
  }

  /** Returns for example {@code SumPerKey[service.hours.daily-limit: ServiceRecord, maximum 24]}. */
  @Override
  public String toString() {
    return "SumPerKey[" + code + ": " + javaType.getSimpleName()
        + (maximum == null ? ", reported by " + reporter : ", maximum " + maximum.toPlainString()) + "]";
  }

  /**
   * The partial sum of a key: the total, the number of records summed and, if the definition keeps them, their ids
   * in record order. Serializable.
   */
  public static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The sum of the amounts. */
    private BigDecimal sum;
    /** The number of records summed. */
    private long records;
    /** The places in the dataset ({@code RecordOutcome.order()}) of the records whose ids are kept, ascending. */
    private final ArrayList<Long> numbers = new ArrayList<>(1);
    /** The ids of the records, in the order of {@link #numbers}. */
    private final ArrayList<String> ids = new ArrayList<>(1);

    private Partial(BigDecimal amount, long number, String id) {
      this.sum = amount;
      this.records = 1;
      if (id != null) {
        numbers.add(number);
        ids.add(id);
      }
    }

    private void sortByNumber() {
      Integer[] order = new Integer[numbers.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Long.compare(numbers.get(a), numbers.get(b)));
      List<Long> sortedNumbers = new ArrayList<>(order.length);
      List<String> sortedIds = new ArrayList<>(order.length);
      for (Integer i : order) {
        sortedNumbers.add(numbers.get(i));
        sortedIds.add(ids.get(i));
      }
      numbers.clear();
      numbers.addAll(sortedNumbers);
      ids.clear();
      ids.addAll(sortedIds);
    }

    /**
     * Returns the sum.
     *
     * @return the sum of the amounts
     */
    public BigDecimal sum() {
      return sum;
    }

    /**
     * Returns the number of records summed.
     *
     * @return the count
     */
    public long records() {
      return records;
    }

    /** Returns for example {@code Partial[13.5 over 2 records]}. */
    @Override
    public String toString() {
      return "Partial[" + sum.toPlainString() + " over " + records + " records]";
    }
  }

  /**
   * Builds a {@link SumPerKey}. Not thread-safe.
   *
   * @param <T> the Java type of the records summed
   */
  public static final class Builder<T> {
    private final Class<T> javaType;
    private final FindingCode code;
    private Severity severity = Severity.ERROR;
    private Function<? super T, Optional<String>> key;
    private Function<? super T, BigDecimal> amount;
    private BigDecimal maximum;
    private String subjectType;
    private MessageTemplate chinese;
    private MessageTemplate english;
    private Function<? super T, String> id;
    private Reporter reporter;
    private SplitKey<? super T> splitKey;

    private Builder(Class<T> javaType, FindingCode code) {
      this.javaType = javaType;
      this.code = code;
    }

    /**
     * Sets the key of a record, such as a volunteer id and a date; records without a key are not summed.
     *
     * @param key gives the key, not null
     * @return this builder
     */
    public Builder<T> key(Function<? super T, Optional<String>> key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /**
     * Sets the amount of a record; a null amount is not summed.
     *
     * @param amount gives the amount, not null
     * @return this builder
     */
    public Builder<T> amount(Function<? super T, BigDecimal> amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      return this;
    }

    /**
     * Sets the largest allowed total of a key.
     *
     * @param maximum the maximum, not null
     * @return this builder
     */
    public Builder<T> maximum(BigDecimal maximum) {
      this.maximum = Objects.requireNonNull(maximum, "maximum");
      return this;
    }

    /**
     * Sets the record type name of the findings' subjects, whose id is the key.
     *
     * @param subjectType a kebab-case name, for example {@code volunteer}
     * @return this builder
     */
    public Builder<T> subjectType(String subjectType) {
      this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
      return this;
    }

    /**
     * Sets the severity of the findings; the default is {@code ERROR}.
     *
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder<T> severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the message templates, with the placeholders {@code {key}}, {@code {total}}, {@code {maximum}} and
     * {@code {records}}.
     *
     * @param chinese the Chinese template
     * @param english the English template
     * @return this builder
     * @throws IllegalArgumentException if a template is malformed
     */
    public Builder<T> message(String chinese, String english) {
      this.chinese = MessageTemplate.parse(chinese);
      this.english = MessageTemplate.parse(english);
      return this;
    }

    /**
     * Keeps the ids of each key's records, for a {@link Reporter}; memory then also grows with the records summed.
     *
     * @param id gives the id of a record, not null
     * @return this builder
     */
    public Builder<T> ids(Function<? super T, String> id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * Reports each key's total with a reporter instead of the maximum, subject type and message, which are then not
     * required; the code and severity of the definition are not used.
     *
     * @param reporter the reporter, not null
     * @return this builder
     */
    public Builder<T> reporter(Reporter reporter) {
      this.reporter = Objects.requireNonNull(reporter, "reporter");
      return this;
    }

    /**
     * Gives the key in parts as well, for the sum table (see {@link SplitKey}); the key function is still required.
     *
     * @param splitKey the key in parts, not null
     * @return this builder
     */
    Builder<T> splitKey(SplitKey<? super T> splitKey) {
      this.splitKey = Objects.requireNonNull(splitKey, "splitKey");
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws NullPointerException if a required part is missing (key and amount; without a reporter also maximum,
     *     subject type and message)
     */
    public SumPerKey<T> build() {
      return new SumPerKey<>(this);
    }
  }
}

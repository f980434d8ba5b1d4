package io.github.jiceng.governance.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.stream.RecordReferences;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import jakarta.validation.Validation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Records per second, single thread, over a deterministic NDJSON file of registered records held in memory
 * (docs/performance.md):
 * <ul>
 *   <li>{@code a_jacksonOnly}: baseline A, Jackson databind alone into the model ({@code MappingIterator} with the
 *       governance mapper);</li>
 *   <li>{@code b_jacksonAndHibernateValidator}: baseline B, the same plus Hibernate Validator wired by hand with the
 *       model's constraints (the accessor strategy, no Expression Language);</li>
 *   <li>{@code c_ours}: {@link RecordStreamValidator} with the national rule pack: binding with findings, Bean
 *       Validation, rules, the checks across records (duplicate ids, references, a volunteer's daily hours), summary
 *       and input hash: what an integrator gets by default;</li>
 *   <li>{@code d_oursPerRecord}: the same validator without the checks across records, so the "parse + Bean
 *       Validation + rules + report" alone (findings, summary and input hash included).</li>
 * </ul>
 * Run: {@code java -jar benchmarks/target/benchmarks.jar StreamValidation}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class StreamValidationBenchmark {
  /** Records per file (and per benchmark invocation). */
  static final int RECORDS = 100_000;

  /** The record type of the file; a key of {@link RecordFiles#GENERATORS}. */
  @Param({"village", "volunteer-service-record"})
  public String type;

  private byte[] file;
  private ObjectReader jackson;
  private Class<?> recordClass;
  private jakarta.validation.Validator hibernate;
  private RecordStreamValidator ours;
  private RecordStreamValidator oursPerRecord;

  /** Generates the file and builds the three pipelines. */
  @Setup
  public void setUp() {
    file = RecordFiles.bytes(type, RECORDS, 20261126L);
    recordClass = RecordTypes.standard().classOf(type).orElseThrow();
    jackson = GovernanceJson.mapper().readerFor(recordClass);
    hibernate = Validation.byProvider(HibernateValidator.class).configure()
        .getterPropertySelectionStrategy(new Accessors())
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory().getValidator();
    Validator validator = Validator.builder(StandardPacks.national()).asOf(LocalDate.of(2026, 6, 1)).build();
    ours = RecordStreamValidator.builder(validator).build();
    oursPerRecord = RecordStreamValidator.builder(validator).references(RecordReferences.none()).duplicateIds(false)
        .standardChecks(false).build();
  }

  /** Baseline A: Jackson alone. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long a_jacksonOnly() throws IOException {
    long count = 0;
    try (MappingIterator<Object> records = jackson.readValues(file)) {
      while (records.hasNext()) {
        records.next();
        count++;
      }
    }
    return count;
  }

  /** Baseline B: Jackson and Hibernate Validator by hand. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public long b_jacksonAndHibernateValidator() throws IOException {
    long violations = 0;
    try (MappingIterator<Object> records = jackson.readValues(file)) {
      while (records.hasNext()) {
        violations += hibernate.validate(records.next()).size() + 1;
      }
    }
    return violations;
  }

  /** Ours: the streaming validator. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public StreamReport c_ours() {
    return ours.validate(new ByteArrayInputStream(file), StreamListener.NONE);
  }

  /** Ours without the checks across records. */
  @Benchmark
  @OperationsPerInvocation(RECORDS)
  public StreamReport d_oursPerRecord() {
    return oursPerRecord.validate(new ByteArrayInputStream(file), StreamListener.NONE);
  }

  /** Treats every public no-argument method that returns a value as a property (toolchain notes F8). */
  static final class Accessors implements GetterPropertySelectionStrategy {
    private static final Set<String> OBJECT_METHODS = Set.of("hashCode", "toString", "getClass");

    @Override
    public java.util.Optional<String> getProperty(ConstrainableExecutable executable) {
      if (executable.getParameterTypes().length != 0 || executable.getReturnType() == void.class
          || OBJECT_METHODS.contains(executable.getName())) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(executable.getName());
    }

    @Override
    public java.util.List<String> getGetterMethodNameCandidates(String propertyName) {
      return java.util.List.of(propertyName);
    }
  }
}

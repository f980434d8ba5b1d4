package io.github.jiceng.governance.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start of Hibernate Validator: building a {@link ValidatorFactory} and validating one invalid record, in a fresh
 * JVM per measurement (single-shot time, many forks), with and without Expression Language message interpolation.
 *
 * <p>Backs decision 0003 (Hibernate Validator without EL). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar ValidatorBootstrap}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(20)
public class ValidatorBootstrapBenchmark {

  /** A record with four violated constraints. */
  public static final class Sample {
    @NotBlank
    public String getId() {
      return " ";
    }

    @NotNull
    @PastOrPresent
    public LocalDate getBirthDate() {
      return LocalDate.now().plusDays(1);
    }

    @NotNull
    @DecimalMin(value = "0", message = "must be greater than or equal to {value}")
    public BigDecimal getHours() {
      return new BigDecimal("-1");
    }
  }

  /**
   * Bootstraps with {@link ParameterMessageInterpolator} (no EL), then validates one record.
   *
   * @return the violations, so that the work is not optimised away
   */
  @Benchmark
  public Set<ConstraintViolation<Sample>> parameterInterpolatorWithoutEl() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class).configure()
        .messageInterpolator(new ParameterMessageInterpolator());
    try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(new Sample());
    }
  }

  /**
   * Bootstraps with the default interpolator, which uses Expression Language (expressly), then validates one record.
   *
   * @return the violations, so that the work is not optimised away
   */
  @Benchmark
  public Set<ConstraintViolation<Sample>> defaultInterpolatorWithEl() {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
        .buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      return validator.validate(new Sample());
    }
  }
}

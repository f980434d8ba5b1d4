package io.github.jiceng.governance.benchmarks;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.DivisionLevel;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.testkit.IdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidIdentifierGenerators;
import io.github.jiceng.governance.testkit.InvalidSample;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of parsing one identifier: the valid paths of each parser, the lenient credit code parser, and the rejection
 * paths of the resident identity number parser: {@code isValid} (no exception) and {@code parse} (an exception with a
 * masked message).
 *
 * <p>Inputs are 1024 seeded values from the test kit, cycled so that the JIT cannot fold a constant input.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar IdentifierParsing}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IdentifierParsingBenchmark {
  private static final int SIZE = 1024;
  private static final long SEED = 20261126L;

  private String[] creditCodes;
  private String[] residentIds;
  private String[] legacyResidentIds;
  private String[] divisionCodes;
  private String[] invalidResidentIds;
  private int index;

  /** Draws the inputs. */
  @Setup
  public void setUp() {
    creditCodes = IdentifierGenerators.unifiedSocialCreditCodes().stream(SEED).limit(SIZE)
        .map(UnifiedSocialCreditCode::value).toArray(String[]::new);
    residentIds = IdentifierGenerators.residentIdNumbers().stream(SEED).limit(SIZE)
        .map(ResidentIdNumber::value).toArray(String[]::new);
    legacyResidentIds = IdentifierGenerators.legacyResidentIdNumbers().stream(SEED).limit(SIZE)
        .toArray(String[]::new);
    divisionCodes = IdentifierGenerators.divisionCodes(DivisionLevel.VILLAGE).stream(SEED).limit(SIZE)
        .map(DivisionCode::value).toArray(String[]::new);
    invalidResidentIds = InvalidIdentifierGenerators.invalidResidentIdNumbers().stream(SEED).limit(SIZE)
        .map(InvalidSample::text).toArray(String[]::new);
  }

  private int next() {
    index = (index + 1) & (SIZE - 1);
    return index;
  }

  /**
   * Strict parse of a valid credit code.
   *
   * @return the code
   */
  @Benchmark
  public UnifiedSocialCreditCode parseUnifiedSocialCreditCode() {
    return UnifiedSocialCreditCode.parse(creditCodes[next()]);
  }

  /**
   * Lenient parse of a valid credit code.
   *
   * @return the code
   */
  @Benchmark
  public UnifiedSocialCreditCode parseLenientUnifiedSocialCreditCode() {
    return UnifiedSocialCreditCode.parseLenient(creditCodes[next()]);
  }

  /**
   * Parse of a valid 18-character resident identity number.
   *
   * @return the number
   */
  @Benchmark
  public ResidentIdNumber parseResidentIdNumber() {
    return ResidentIdNumber.parse(residentIds[next()]);
  }

  /**
   * Conversion of a valid legacy 15-digit number.
   *
   * @return the number
   */
  @Benchmark
  public ResidentIdNumber convertLegacyResidentIdNumber() {
    return ResidentIdNumber.fromLegacy(legacyResidentIds[next()]);
  }

  /**
   * {@code isValid} on invalid resident identity numbers: the cost of the rejection path, exception included.
   *
   * @return false
   */
  @Benchmark
  public boolean rejectInvalidResidentIdNumber() {
    return ResidentIdNumber.isValid(invalidResidentIds[next()]);
  }

  /**
   * {@code parse} on invalid resident identity numbers, catching the exception: what a caller that wants the problem
   * pays per rejected input.
   *
   * @return the exception
   */
  @Benchmark
  public InvalidIdentifierException parseInvalidResidentIdNumber() {
    try {
      ResidentIdNumber.parse(invalidResidentIds[next()]);
      throw new IllegalStateException("an invalid sample parsed");
    } catch (InvalidIdentifierException e) {
      return e;
    }
  }

  /**
   * Parse of a valid 12-digit village-level division code.
   *
   * @return the code
   */
  @Benchmark
  public DivisionCode parseDivisionCode() {
    return DivisionCode.parse(divisionCodes[next()]);
  }
}

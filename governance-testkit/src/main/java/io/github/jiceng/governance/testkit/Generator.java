package io.github.jiceng.governance.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A seeded generator of values: the same seed gives the same values, in the same order.
 *
 * <p>Usable from any test framework and from JShell:
 *
 * <pre>{@code
 * List<ResidentIdNumber> ids = IdentifierGenerators.residentIdNumbers().sample(42L, 10);
 * }</pre>
 *
 * <p>To use a generator with QuickTheories, draw a seed from its randomness source: {@code in ->
 * generator.generate(new SplittableRandom(in.next(Constraint.none())))}.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Generates one value, drawing all randomness from {@code random}.
   *
   * @param random the source of randomness, not null
   * @return a value, never null
   */
  T generate(SplittableRandom random);

  /**
   * Returns an infinite stream of values from a seed.
   *
   * @param seed the seed
   * @return the values, the same for the same seed
   */
  default Stream<T> stream(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Stream.generate(() -> generate(random));
  }

  /**
   * Returns {@code count} values from a seed.
   *
   * @param seed the seed
   * @param count how many values, at least 0
   * @return an immutable list of the values
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default List<T> sample(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    return stream(seed).limit(count).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns a generator that transforms each value of this one.
   *
   * @param mapper the transformation, not null; must not return null
   * @param <R> the type of the transformed values
   * @return the transformed generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return random -> Objects.requireNonNull(mapper.apply(generate(random)), "mapper returned null");
  }
}

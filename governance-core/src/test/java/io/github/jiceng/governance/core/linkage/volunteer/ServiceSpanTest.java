package io.github.jiceng.governance.core.linkage.volunteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link ServiceRecord#minutesBetween} is {@code Duration.between(start, end).toMinutes()}, for any two times. */
class ServiceSpanTest {
  private static final LocalDateTime BASE = LocalDateTime.of(2025, 3, 1, 10, 0);

  @Test
  void minutesAreThoseOfTheDuration() {
    qt().withFixedSeed(20261126L).withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDateTime start = time(random);
      LocalDateTime end = random.nextBoolean() ? time(random)
          : start.plusSeconds(random.nextInt(-200, 200)).plusNanos(random.nextInt(-3, 3) * 250_000_000L);
      assertThat(ServiceRecord.minutesBetween(start, end)).as(start + " to " + end)
          .isEqualTo(Duration.between(start, end).toMinutes());
    });
  }

  private static LocalDateTime time(SplittableRandom random) {
    LocalDateTime time = BASE.plusMinutes(random.nextInt(-100_000, 100_000)).plusSeconds(random.nextInt(60));
    return random.nextBoolean() ? time : time.plusNanos(random.nextInt(1_000_000_000));
  }
}

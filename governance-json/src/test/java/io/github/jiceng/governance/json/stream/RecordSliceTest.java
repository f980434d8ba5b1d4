package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Appending bytes a run at a time gives the slice that appending them one by one gives, under and over the maximum. */
class RecordSliceTest {
  @Test
  void appendingRunsEqualsAppendingBytes() {
    qt().withFixedSeed(20261126L).withExamples(2000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      long max = 1 + random.nextInt(600);
      RecordSlice runs = new RecordSlice();
      RecordSlice single = new RecordSlice();
      int pieces = random.nextInt(6);
      for (int p = 0; p < pieces; p++) {
        byte[] source = new byte[random.nextInt(400)];
        random.nextBytes(source);
        int from = source.length == 0 ? 0 : random.nextInt(source.length);
        int count = random.nextInt(source.length - from + 1);
        runs.append(source, from, count, max);
        for (int i = from; i < from + count; i++) {
          single.append(source[i], max);
        }
      }
      assertThat(runs.length).isEqualTo(single.length);
      assertThat(runs.tooLong).isEqualTo(single.tooLong);
      assertThat(Arrays.copyOf(runs.bytes, runs.length)).isEqualTo(Arrays.copyOf(single.bytes, single.length));
    });
  }
}

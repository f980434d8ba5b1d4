package io.github.jiceng.governance.testkit;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The state one {@link SampleDistrict} run shares between its areas: the sink, the seed and scale, and a counter per
 * area that spreads the planted problems over their kinds.
 */
final class SampleContext {
  /** The share of records that carry a planted problem, about 5%. */
  static final double PROBLEM_RATE = 0.05;

  final RecordSink sink;
  final long seed;
  final int scale;
  private final int[] planted = new int[ProblemArea.values().length];

  SampleContext(RecordSink sink, long seed, int scale) {
    this.sink = Objects.requireNonNull(sink, "sink");
    this.seed = seed;
    this.scale = scale;
  }

  /** Returns a random source for one numbered unit of work of a stream, independent of every other unit. */
  SplittableRandom random(int stream, long unit) {
    long mixed = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + unit * 0x94D049BB133111EBL;
    return new SplittableRandom(mixed ^ (mixed >>> 31));
  }

  void emit(SamplePart part, Object record) {
    sink.record(part, record);
  }

  /** Returns whether to plant a problem now, at a rate. */
  static boolean plant(SplittableRandom random, double rate) {
    return random.nextDouble() < rate;
  }

  /** Returns the next kind of problem of an area, cycling through the kinds so that every kind occurs. */
  <E> E nextKind(ProblemArea area, List<E> kinds) {
    return kinds.get(planted[area.ordinal()]++ % kinds.size());
  }

  void problem(ProblemArea area, SamplePart part, String type, String id, String ruleId, String chinese,
      String english) {
    sink.problem(PlantedProblem.of(area, part, type, id, List.of(ruleId), chinese, english));
  }
}

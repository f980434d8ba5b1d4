package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.WrittenJson.bytes;
import static io.github.jiceng.governance.json.WrittenJson.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.json.binding.DirectBinding;
import io.github.jiceng.governance.rules.RecordTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Part of the review of {@link DirectBinding} (issue 7, with {@link DirectBindingReviewTest}): records read as ranges
 * of a larger buffer whose bytes go on, and one binding planned and used by several threads at once.
 */
class DirectBindingSharedUseTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordTypes TYPES = RecordTypes.standard();

  /**
   * A record cut anywhere, or begun anywhere but at its start, inside a larger buffer whose bytes go on: whatever the
   * direct binding binds from the range, databind reads from the same range alike.
   */
  @Test
  void rangesOfALargerBufferAreReadWithinTheirBounds() {
    DirectBinding direct = DirectBinding.of(MAPPER, TYPES);
    RecordReader reader = RecordReader.create();
    for (String name : TYPES.names()) {
      Class<?> type = TYPES.classOf(name).orElseThrow();
      byte[] json = bytes(write(ValueSamples.full(type, new SplittableRandom(name.hashCode()))));
      byte[] twice = new byte[2 * json.length];
      System.arraycopy(json, 0, twice, 0, json.length);
      System.arraycopy(json, 0, twice, json.length, json.length);
      DirectBinding.Binding binding = direct.binding(type).orElseThrow();
      for (int cut = 1; cut < twice.length; cut++) {
        for (int[] range : new int[][] {{0, cut}, {cut, twice.length}}) {
          Object bound = direct.read(twice, range[0], range[1], binding);
          if (bound != null) {
            ReadResult<?> general = reader.readEmbeddedText(twice, range[0], range[1], 1, 1, type);
            assertThat(general.findings()).as(name + " " + range[0] + ".." + range[1]).isEmpty();
            assertThat(general.value().orElse(null)).as(name + " " + range[0] + ".." + range[1]).isEqualTo(bound);
          }
        }
      }
    }
  }

  /**
   * Planning writes the fields of shared {@code ObjectBinding}s; threads that plan and read at once must each see
   * complete bindings, so that every thread binds every record type as a single thread does.
   */
  @Test
  void bindingsPlannedByManyThreadsAtOnceBindAsPlannedByOne() throws InterruptedException {
    Map<Class<?>, byte[]> records = new ConcurrentHashMap<>();
    Map<Class<?>, Object> expected = new ConcurrentHashMap<>();
    DirectBinding alone = DirectBinding.of(MAPPER, TYPES);
    for (String name : TYPES.names()) {
      Class<?> type = TYPES.classOf(name).orElseThrow();
      Object value = ValueSamples.full(type, new SplittableRandom(name.hashCode()));
      byte[] json = bytes(write(value));
      records.put(type, json);
      Object bound = alone.binding(type).map(binding -> alone.read(json, 0, json.length, binding)).orElse(null);
      expected.put(type, bound == null ? Boolean.FALSE : bound);
    }
    for (int round = 0; round < 5; round++) {
      DirectBinding shared = DirectBinding.of(MAPPER, TYPES);
      List<Class<?>> types = List.copyOf(records.keySet());
      CountDownLatch start = new CountDownLatch(1);
      List<Map<Class<?>, Object>> seen = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Map<Class<?>, Object> results = new ConcurrentHashMap<>();
        seen.add(results);
        int offset = t * 7;
        threads.add(new Thread(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          for (int i = 0; i < types.size(); i++) {
            Class<?> type = types.get((i + offset) % types.size());
            byte[] json = records.get(type);
            Object bound = shared.binding(type).map(b -> shared.read(json, 0, json.length, b)).orElse(null);
            results.put(type, bound == null ? Boolean.FALSE : bound);
          }
        }));
      }
      threads.forEach(Thread::start);
      start.countDown();
      for (Thread thread : threads) {
        thread.join();
      }
      for (Map<Class<?>, Object> results : seen) {
        assertThat(results).isEqualTo(expected);
      }
    }
  }
}

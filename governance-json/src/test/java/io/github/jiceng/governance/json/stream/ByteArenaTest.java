package io.github.jiceng.governance.json.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A {@link ByteArena} reads back what was written, entry by entry and from any entry's offset, across its small first
 * chunk, its growth and the boundaries of its full chunks (where the fast writes give way to byte-by-byte ones).
 */
class ByteArenaTest {
  @Test
  void whatIsWrittenIsReadBack() {
    qt().withFixedSeed(20261126L).withExamples(6).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ByteArena arena = new ByteArena();
      List<Object> entries = new ArrayList<>();
      List<Integer> offsets = new ArrayList<>();
      while (arena.size() < 700_000) {
        offsets.add(arena.size());
        if (random.nextBoolean()) {
          long value = random.nextInt(4) == 0 ? random.nextLong() : random.nextLong(1L << (1 + random.nextInt(40)));
          arena.writeLong(value);
          entries.add(value);
        } else {
          String text = text(random);
          arena.writeString(text);
          entries.add(text);
        }
      }
      ByteArena.Cursor cursor = arena.new Cursor(0);
      for (Object entry : entries) {
        if (entry instanceof Long) {
          assertThat(cursor.readLong()).isEqualTo(entry);
        } else {
          assertThat(cursor.readString()).isEqualTo(entry);
        }
      }
      assertThat(cursor.atEnd()).isTrue();
      for (int k = 0; k < 2000; k++) {
        int i = random.nextInt(entries.size());
        ByteArena.Cursor at = arena.new Cursor(offsets.get(i));
        if (entries.get(i) instanceof Long) {
          assertThat(at.readLong()).isEqualTo(entries.get(i));
        } else {
          String text = (String) entries.get(i);
          assertThat(at.stringEquals(text)).isTrue();
          assertThat(arena.new Cursor(offsets.get(i)).stringEquals(text + "x")).isFalse();
        }
      }
    });
  }

  private static String text(SplittableRandom random) {
    int length = random.nextInt(10) == 0 ? random.nextInt(3000) : random.nextInt(40);
    boolean wide = random.nextInt(3) == 0;
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      text.append(wide && random.nextBoolean() ? (char) (0x100 + random.nextInt(0xD700)) : (char) random.nextInt(0x100));
    }
    return text.toString();
  }
}

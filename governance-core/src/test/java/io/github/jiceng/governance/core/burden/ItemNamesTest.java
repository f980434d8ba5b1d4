package io.github.jiceng.governance.core.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Item names are compared without white space and space characters, code point by code point. */
class ItemNamesTest {
  /** Characters of every kind that matters: CJK, ASCII, spaces of several kinds, surrogate pairs. */
  private static final String[] PIECES = {"行政", "执法", "a", "Z", "1", " ", "\t", "\n", "\u3000", "\u00A0", "\u2028",
      "\u2003", "\uD840\uDC0B", "\uD83D\uDE00", "·", "（", "）", "-"};

  /** The definition: every code point that is neither white space nor a space character, in order. */
  private static String reference(String name) {
    StringBuilder text = new StringBuilder();
    name.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(text::appendCodePoint);
    return text.toString();
  }

  @Test
  void normaliseRemovesExactlyTheSpacesOfEveryKind() {
    qt().withFixedSeed(20261126L).withExamples(2000).forAll(longs().all(), integers().between(0, 12))
        .checkAssert((seed, count) -> {
          Random random = new Random(seed);
          StringBuilder name = new StringBuilder();
          for (int i = 0; i < count; i++) {
            name.append(PIECES[random.nextInt(PIECES.length)]);
          }
          assertThat(ItemNames.normalise(name.toString())).isEqualTo(reference(name.toString()));
        });
  }

  @Test
  void aNameWithoutSpacesIsItself() {
    String name = "协助开展社会保险参保登记和政策宣传";
    assertThat(ItemNames.normalise(name)).isSameAs(name);
    assertThat(ItemNames.normalise("行政\u3000执法 ")).isEqualTo("行政执法");
  }
}

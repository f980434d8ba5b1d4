package io.github.jiceng.governance.json.decimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link DecimalDeserializer#isPlainDecimal} accepts exactly what the grammar's regular expression accepts. */
class PlainDecimalTest {
  private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final String ALPHABET = "0123456789-.+eE 0٣";

  @Test
  void itAcceptsWhatTheGrammarAccepts() {
    qt().withFixedSeed(20261126L).withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(7);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(random.nextBoolean() ? 10 : ALPHABET.length())));
      }
      assertThat(DecimalDeserializer.isPlainDecimal(text.toString())).as("'%s'", text)
          .isEqualTo(GRAMMAR.matcher(text).matches());
    });
  }

  @Test
  void examples() {
    for (String plain : new String[] {"0", "-0", "1.42", "100000.00", "-12.5", "0.0"}) {
      assertThat(DecimalDeserializer.isPlainDecimal(plain)).as(plain).isTrue();
    }
    for (String other : new String[] {"", "-", "01", "1.", ".5", "1e3", "+1", "1.2.3", " 1", "٣"}) {
      assertThat(DecimalDeserializer.isPlainDecimal(other)).as(other).isFalse();
    }
  }
}

package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class JsonPointerTest {
  /** Tokens rich in '~', '/', '0', '1' and digits, plus arbitrary text. */
  private static Gen<String> tokens() {
    Gen<String> tricky = strings().betweenCodePoints('-', '~').ofLengthBetween(0, 6)
        .map(s -> s.replace('a', '~').replace('b', '/'));
    return tricky.mix(strings().allPossible().ofLengthBetween(0, 5), 30);
  }

  @Test
  void rfc6901ExamplesParse() {
    assertThat(JsonPointer.parse("").tokens()).isEmpty();
    assertThat(JsonPointer.parse("/foo/0").tokens()).containsExactly("foo", "0");
    assertThat(JsonPointer.parse("/").tokens()).containsExactly("");
    assertThat(JsonPointer.parse("/a~1b").tokens()).containsExactly("a/b");
    assertThat(JsonPointer.parse("/m~0n").tokens()).containsExactly("m~n");
    assertThat(JsonPointer.parse("/~01").tokens()).containsExactly("~1");
    assertThat(JsonPointer.of("a/b", "m~n", "~1").toString()).isEqualTo("/a~1b/m~0n/~01");
  }

  @Test
  void malformedPointersAreRejectedWithTheValue() {
    assertThatThrownBy(() -> JsonPointer.parse("foo"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'foo'").hasMessageContaining("'/'");
    assertThatThrownBy(() -> JsonPointer.parse("/a~2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'/a~2'").hasMessageContaining("index 2");
    assertThatThrownBy(() -> JsonPointer.parse("/a~")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixIsTokenWise() {
    JsonPointer clause = JsonPointer.parse("/clauses/2/text");
    assertThat(clause.startsWith(JsonPointer.parse("/clauses"))).isTrue();
    assertThat(clause.startsWith(JsonPointer.root())).isTrue();
    assertThat(clause.startsWith(clause)).isTrue();
    assertThat(clause.startsWith(JsonPointer.parse("/clause"))).isFalse();
    assertThat(JsonPointer.parse("/clauses").startsWith(clause)).isFalse();
  }

  @Test
  void arrayIndexesOrderAsNumbers() {
    List<JsonPointer> pointers = new ArrayList<>(List.of(
        JsonPointer.parse("/a/10"), JsonPointer.parse("/a/x"), JsonPointer.parse("/a/2"), JsonPointer.parse("/a"),
        JsonPointer.root()));
    pointers.sort(null);
    assertThat(pointers).extracting(JsonPointer::toString).containsExactly("", "/a", "/a/2", "/a/10", "/a/x");
  }

  @Test
  void escapingRoundTrips() {
    qt().forAll(lists().of(tokens()).ofSizeBetween(0, 5)).checkAssert(tokens -> {
      JsonPointer pointer = JsonPointer.of(tokens);
      assertThat(JsonPointer.parse(pointer.toString()).tokens()).isEqualTo(tokens);
      assertThat(JsonPointer.parse(pointer.toString())).isEqualTo(pointer);
    });
  }

  @Test
  void escapedTokenHasNoBareTildeOrSlash() {
    qt().forAll(tokens()).checkAssert(token -> {
      String escaped = JsonPointer.escape(token);
      assertThat(escaped).doesNotContain("/").doesNotMatch(".*~(?![01]).*");
    });
  }

  @Test
  void orderIsConsistentWithEquals() {
    qt().forAll(lists().of(tokens()).ofSizeBetween(0, 3), lists().of(tokens()).ofSizeBetween(0, 3))
        .checkAssert((a, b) -> {
          JsonPointer x = JsonPointer.of(a);
          JsonPointer y = JsonPointer.of(b);
          assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
          assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        });
  }
}

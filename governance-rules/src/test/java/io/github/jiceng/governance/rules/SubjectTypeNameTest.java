package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A subject's type name is checked by hand, without a regular expression; the regular expression of the
 * documented form is the oracle.
 */
class SubjectTypeNameTest {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
  /** Characters near the edges of the allowed classes, so that most random names are close calls. */
  private static final String ALPHABET = "az09-_A`{/:. é";

  private static Gen<String> names() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 8)
        .map(list -> list.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void agreesWithTheDocumentedForm() {
    qt().withFixedSeed(20261126L).withExamples(20_000).forAll(names()).checkAssert(name ->
        assertThat(Subject.isKebabCase(name)).as("'%s'", name).isEqualTo(KEBAB.matcher(name).matches()));
  }

  @Test
  void examples() {
    for (String good : List.of("village", "volunteer-service-record", "a1-2b", "x")) {
      assertThat(Subject.ofType(good).type()).isEqualTo(good);
    }
    for (String bad : List.of("", "Village", "-a", "a-", "a--b", "1a", "a_b", "a b")) {
      assertThatThrownBy(() -> Subject.ofType(bad)).as("'%s'", bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kebab-case");
    }
  }
}

package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.territory.ImmutableDistrict;
import io.github.jiceng.governance.core.territory.ImmutableVillage;
import org.junit.jupiter.api.Test;

/**
 * The names of missing attributes are read from the message of the Immutables builder. These tests build real
 * builders: if a new Immutables version changes the message, they fail, and the reader's
 * {@code json.missing-property} findings would otherwise degrade to a single {@code json.invalid-value}.
 */
class MissingAttributesTest {
  @Test
  void readsTheNamesFromARealBuilderMessage() {
    IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
        () -> new ImmutableVillage.Builder().code(DivisionCode.parse("500154001001")).build());
    assertThat(failure.getMessage()).startsWith("Cannot build Village, some of required attributes are not set [");
    assertThat(MissingAttributes.parse(failure.getMessage()))
        .containsExactlyInAnyOrder("name", "kind", "townshipCode");
  }

  @Test
  void readsASingleName() {
    IllegalStateException failure = catchThrowableOfType(IllegalStateException.class,
        () -> new ImmutableDistrict.Builder().code(DivisionCode.parse("500154")).name("开州区").build());
    assertThat(MissingAttributes.parse(failure.getMessage())).containsExactly("kind");
  }

  @Test
  void anyOtherMessageGivesNull() {
    assertThat(MissingAttributes.parse(null)).isNull();
    assertThat(MissingAttributes.parse("Builder of Village is strict, attribute is already set: name")).isNull();
    assertThat(MissingAttributes.parse("Cannot build Village, some of required attributes are not set [a b]")).isNull();
    assertThat(MissingAttributes.parse("Cannot build Village, some of required attributes are not set []")).isNull();
  }
}

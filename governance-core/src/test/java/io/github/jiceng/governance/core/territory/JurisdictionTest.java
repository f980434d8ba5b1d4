package io.github.jiceng.governance.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class JurisdictionTest {
  private static final DivisionCode KAIZHOU = DivisionCode.parse("500154");
  private static final DivisionCode HANFENG_STREET = DivisionCode.parse("500154001000");

  @Test
  void nationalContainsEveryDivisionAndJurisdiction() {
    Jurisdiction national = Jurisdiction.parse("100000");

    assertThat(national.isNational()).isTrue();
    assertThat(national).isSameAs(Jurisdiction.national());
    assertThat(national.division()).isEmpty();
    assertThat(national.contains(KAIZHOU)).isTrue();
    assertThat(national.contains(Jurisdiction.of(KAIZHOU))).isTrue();
    assertThat(Jurisdiction.of(KAIZHOU).contains(national)).isFalse();
    assertThat(national.code()).isEqualTo("100000");
  }

  @Test
  void aDivisionContainsItselfAndWhatLiesUnderIt() {
    Jurisdiction chongqing = Jurisdiction.parse("500000");
    Jurisdiction kaizhou = Jurisdiction.parse("500154");

    assertThat(chongqing.contains(kaizhou)).isTrue();
    assertThat(kaizhou.contains(chongqing)).isFalse();
    assertThat(kaizhou.contains(kaizhou)).isTrue();
    assertThat(kaizhou.contains(HANFENG_STREET)).isTrue();
    assertThat(kaizhou.contains(DivisionCode.parse("500103"))).isFalse();
    assertThat(kaizhou.code()).isEqualTo("500154");
    assertThat(Jurisdiction.of(HANFENG_STREET).code()).isEqualTo("500154001000");
    assertThat(kaizhou).isEqualTo(Jurisdiction.of(KAIZHOU)).hasSameHashCodeAs(Jurisdiction.of(KAIZHOU));
  }

  @Test
  void malformedCodesAreRejectedWithTheDivisionCodeProblem() {
    assertThatThrownBy(() -> Jurisdiction.parse("10000"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("'10000'");
    assertThatThrownBy(() -> Jurisdiction.parse("990000")).isInstanceOf(InvalidIdentifierException.class);
  }

  @Test
  void serializationKeepsTheNationalSingletonAndEquality() throws Exception {
    assertThat(roundTrip(Jurisdiction.national())).isSameAs(Jurisdiction.national());
    assertThat(roundTrip(Jurisdiction.of(KAIZHOU))).isEqualTo(Jurisdiction.of(KAIZHOU));
  }

  private static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}

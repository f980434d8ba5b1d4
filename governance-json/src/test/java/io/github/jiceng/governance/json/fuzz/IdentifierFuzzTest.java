package io.github.jiceng.governance.json.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Fuzzes every identifier parser: the only exception any text may cause is {@link InvalidIdentifierException} (which
 * the JSON reader turns into a finding), a parsed identifier reads back from its canonical form, and a rejected
 * resident identity number never appears in clear in the exception.
 */
class IdentifierFuzzTest {
  @FuzzTest
  void divisionCode(byte[] input) {
    check(new String(input, StandardCharsets.UTF_8), DivisionCode::parse, DivisionCode::value);
  }

  @FuzzTest
  void creditCode(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    check(text, UnifiedSocialCreditCode::parse, UnifiedSocialCreditCode::value);
    check(text, UnifiedSocialCreditCode::parseLenient, UnifiedSocialCreditCode::value);
  }

  @FuzzTest
  void residentIdNumber(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    try {
      ResidentIdNumber number = ResidentIdNumber.parse(text);
      assertThat(ResidentIdNumber.parse(number.value())).isEqualTo(number);
    } catch (InvalidIdentifierException e) {
      String digits = text.replaceAll("[^0-9Xx]", "");
      if (digits.length() >= 15) {
        assertThat(String.valueOf(e.getMessage())).doesNotContain(digits);
      }
    }
  }

  private static <T> void check(String text, Function<String, T> parse, Function<T, String> canonical) {
    T parsed;
    try {
      parsed = parse.apply(text);
    } catch (InvalidIdentifierException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(parse.apply(canonical.apply(parsed))).isEqualTo(parsed);
  }
}

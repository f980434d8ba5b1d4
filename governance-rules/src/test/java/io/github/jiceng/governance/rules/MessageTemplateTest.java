package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  @Test
  void fillsNamedPlaceholders() {
    MessageTemplate template = MessageTemplate.parse("attendance {attendance} of {eligible} eligible, below half");
    assertThat(template.placeholders()).containsExactly("attendance", "eligible");
    assertThat(template.render(Map.of("attendance", 45, "eligible", 100), EN, false))
        .isEqualTo("attendance 45 of 100 eligible, below half");
  }

  @Test
  void missingArgumentFailsFastNamingIt() {
    MessageTemplate template = MessageTemplate.parse("{count} of {maximum}");
    assertThatThrownBy(() -> template.render(Map.of("count", 4), EN, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{maximum}")
        .hasMessageContaining("[count]");
  }

  @Test
  void doubledBracesAreLiteral() {
    assertThat(MessageTemplate.parse("{{x}} = {x}").render(Map.of("x", 1), EN, false)).isEqualTo("{x} = 1");
    assertThat(MessageTemplate.parse("{{x}}").placeholders()).isEmpty();
  }

  @Test
  void malformedTemplatesAreRejected() {
    assertThatThrownBy(() -> MessageTemplate.parse("a {b")).hasMessageContaining("index 2");
    assertThatThrownBy(() -> MessageTemplate.parse("a {1b}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageTemplate.parse("a } b")).hasMessageContaining("unmatched '}'");
    assertThatThrownBy(() -> MessageTemplate.parse("{}")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void formatsValuesPerLocaleAndAsAttributes() {
    MessageTemplate template = MessageTemplate.parse("{date} {amount} {severity} {list}");
    Map<String, Object> arguments = Map.of(
        "date", LocalDate.of(2026, 3, 1), "amount", new BigDecimal("12.50"), "severity", Severity.WARNING,
        "list", List.of(1, 2));
    assertThat(template.render(arguments, ZH, false)).isEqualTo("2026年3月1日 12.50 警告 1、2");
    assertThat(template.render(arguments, EN, false)).isEqualTo("2026-03-01 12.50 warning 1, 2");
    assertThat(ArgumentFormatter.attribute(LocalDate.of(2026, 3, 1), false)).isEqualTo("2026-03-01");
    assertThat(ArgumentFormatter.attribute(Severity.WARNING, false)).isEqualTo("WARNING");
    assertThat(ArgumentFormatter.attribute(0.5d, false)).isEqualTo("0.5");
  }

  @Test
  void personalDataIsMaskedUnlessRevealed() {
    MessageTemplate template = MessageTemplate.parse("phone {phone}");
    Map<String, Object> arguments = Map.of("phone", PersonalData.of("13812345678", "138****5678"));
    assertThat(template.render(arguments, EN, false)).isEqualTo("phone 138****5678");
    assertThat(template.render(arguments, EN, true)).isEqualTo("phone 13812345678");
    assertThat(PersonalData.of("13812345678").toString()).isEqualTo("1*********8");
    assertThat(PersonalData.mask("张三")).isEqualTo("张*");
    assertThat(PersonalData.mask("王小明")).isEqualTo("王*明");
    assertThat(PersonalData.mask("x")).isEqualTo("*");
  }
}

package io.github.jiceng.governance.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemoTest {

  private static String run(Locale locale) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Demo(new PrintStream(bytes, true, StandardCharsets.UTF_8), locale, 2026L).run();
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDemoFindsEveryPlantedMistakeAndMasksTheResidentId() {
    String output = run(Locale.ENGLISH);

    assertThat(output)
        .contains("territory.village.parent-mismatch", "territory.village.kind-mismatch", "constraint.NotBlank",
            "territory.unit.outside-jurisdiction", "territory.unit.parent-missing")
        .contains("110105********002X")
        .doesNotContain("11010519491231002X")
        .contains("4 error, 1 warning");
  }

  @Test
  void theLocaleChangesTheTextButNotTheFindings() {
    String chinese = run(Locale.SIMPLIFIED_CHINESE);

    assertThat(chinese).contains("4 错误, 1 警告").contains("填报的所属乡镇为");
  }
}

package io.github.jiceng.governance.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.MessageBundle;
import io.github.jiceng.governance.rules.MessageTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The bundle of the JSON findings follows the conventions of the rules module's bundles, in both languages. */
class MessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;
  /** The message variants the reader uses, besides the main message of each code. */
  private static final List<String> VARIANTS = List.of("json.syntax.empty", "json.syntax.trailing",
      "json.syntax.limit", "json.syntax.encoding", "json.invalid-value.identifier",
      "json.invalid-value.identifier-position", "json.invalid-value.enum", "json.invalid-value.check",
      "json.unknown-type.mismatch");

  @Test
  void theBundleIsReadFromTheModuleOnTheModulePath() {
    Module module = JsonFindings.class.getModule();
    assertThat(module.isNamed()).as("tests must run on the module path").isTrue();
    assertThat(module.getName()).isEqualTo("io.github.jiceng.governance.json");
    assertThat(JsonFindings.MESSAGES.keys(EN)).isNotEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndPlaceholders() {
    MessageBundle bundle = JsonFindings.MESSAGES;
    assertThat(bundle.keys(ZH)).isEqualTo(bundle.keys(EN));
    List<String> problems = new ArrayList<>();
    for (String key : bundle.keys(EN)) {
      assertThat(key).startsWith("json.");
      if (bundle.require(key, ZH).isBlank() || bundle.require(key, EN).isBlank()
          || bundle.require(key, ZH).equals(bundle.require(key, EN))) {
        problems.add(key + " is blank or not translated");
      }
      if (key.endsWith(".message")) {
        String base = key.substring(0, key.length() - ".message".length());
        if (!bundle.keys(EN).contains(base + ".title")) {
          problems.add(key + " has no title");
        }
        Set<String> zh = MessageTemplate.parse(bundle.require(key, ZH)).placeholders();
        Set<String> en = MessageTemplate.parse(bundle.require(key, EN)).placeholders();
        if (!zh.equals(en)) {
          problems.add(key + " placeholders differ: zh " + zh + " en " + en);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyCodeAndVariantHasATitleAndAMessageAndNothingElseIsInTheBundle() {
    Set<String> expected = new TreeSet<>();
    for (FindingCode code : JsonFindingCodes.ALL) {
      assertThat(code.area()).isEqualTo("json");
      expected.add(code.value() + ".title");
      expected.add(code.value() + ".message");
    }
    for (String variant : VARIANTS) {
      expected.add(variant + ".title");
      expected.add(variant + ".message");
    }
    assertThat(JsonFindings.MESSAGES.keys(EN)).isEqualTo(expected);
    assertThat(JsonFindings.MESSAGES.keys(ZH)).isEqualTo(expected);
  }

  @Test
  void messagesDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      String english = RecordReader.create().read("[]", Village.class).findings().get(0).message(Locale.US);
      assertThat(english).isEqualTo("the record is an array; expected an object");
      Locale.setDefault(Locale.US);
      String chinese = RecordReader.create().read("[]", Village.class).findings().get(0).message(ZH);
      assertThat(chinese).isEqualTo("记录是数组，应为对象");
    } finally {
      Locale.setDefault(saved);
    }
  }
}

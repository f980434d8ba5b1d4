package io.github.jiceng.governance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.rules.constraint.ConstraintBridge;
import io.github.jiceng.governance.rules.testing.BrokenRule;
import io.github.jiceng.governance.rules.testing.TestPacks;
import io.github.jiceng.governance.rules.testing.UntranslatedRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MessageKeysTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  /** Every {@code messages} bundle of every package of this module, found through the module on the module path. */
  private static Map<String, MessageBundle> moduleBundles() throws IOException {
    Module module = MessageKeysTest.class.getModule();
    assertThat(module.isNamed()).as("tests must run on the module path").isTrue();
    assertThat(module.getName()).isEqualTo("io.github.jiceng.governance.rules");
    Map<String, MessageBundle> bundles = new TreeMap<>();
    for (String pkg : module.getPackages()) {
      String dir = pkg.replace('.', '/') + "/";
      try (InputStream probe = module.getResourceAsStream(dir + "messages.properties")) {
        if (probe != null) {
          bundles.put(pkg, MessageBundle.load(name -> module.getResourceAsStream(dir + name), dir + "messages"));
        }
      }
    }
    return bundles;
  }

  @Test
  void bundlesAreFoundInEveryPackageOfTheModule() throws IOException {
    assertThat(moduleBundles()).containsKeys(
        "io.github.jiceng.governance.rules",
        "io.github.jiceng.governance.rules.constraint",
        "io.github.jiceng.governance.rules.testing");
  }

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInBothLanguages() throws IOException {
    List<String> problems = new ArrayList<>();
    moduleBundles().forEach((pkg, bundle) -> {
      if (!bundle.keys(ZH).equals(bundle.keys(EN))) {
        problems.add(pkg + ": keys differ: zh " + bundle.keys(ZH) + " en " + bundle.keys(EN));
        return;
      }
      for (String key : bundle.keys(EN)) {
        if (key.endsWith(".message")) {
          String title = key.substring(0, key.length() - ".message".length()) + ".title";
          if (!bundle.keys(EN).contains(title)) {
            problems.add(pkg + ": " + key + " has no " + title);
          }
          var zh = MessageTemplate.parse(bundle.require(key, ZH)).placeholders();
          var en = MessageTemplate.parse(bundle.require(key, EN)).placeholders();
          if (!zh.equals(en)) {
            problems.add(pkg + ": " + key + " placeholders differ: zh " + zh + " en " + en);
          }
        }
        if (bundle.require(key, ZH).isBlank() || bundle.require(key, EN).isBlank()) {
          problems.add(pkg + ": " + key + " is blank");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void everyRegisteredRuleHasTitleAndMessageInBothLanguages() {
    List<Rule<?>> rules = new ArrayList<>(TestPacks.rules());
    rules.add(new BrokenRule());
    for (RuleDescriptor rule : RuleCatalog.ofRules(rules).descriptors()) {
      assertThat(rule.title(ZH)).as(rule.toString()).isNotBlank().isNotEqualTo(rule.title(EN));
      assertThat(rule.message(ZH).source()).as(rule.toString()).isNotEqualTo(rule.message(EN).source());
      assertThat(rule.message(ZH).placeholders()).isEqualTo(rule.message(EN).placeholders());
    }
  }

  @Test
  void everySupportedConstraintAndEngineFindingHasBothLanguages() {
    MessageBundle constraints = ConstraintBridge.messages();
    for (String key : ConstraintBridge.MESSAGE_KEYS) {
      for (String suffix : List.of(".title", ".message")) {
        assertThat(constraints.text(key + suffix, ZH)).as(key + suffix).isPresent();
        assertThat(constraints.text(key + suffix, EN)).as(key + suffix).isPresent();
      }
    }
    MessageBundle engine = MessageBundle.load(Validator.class, "messages");
    for (FindingCode code : List.of(EngineFindings.RULE_FAILED, EngineFindings.PACK_NOT_IN_FORCE)) {
      assertThat(engine.text(code + ".message", ZH)).isPresent();
      assertThat(engine.text(code + ".message", EN)).isPresent();
    }
  }

  @Test
  void englishDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(ConstraintBridge.messages().require("constraint.NotBlank.message", Locale.US))
          .isEqualTo("{property} must not be blank");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void aMissingKeyFailsWhenTheRuleIsLoaded() {
    assertThatThrownBy(() -> RuleDescriptor.of(new UntranslatedRule()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("meeting.untranslated.check.message")
        .hasMessageContaining("partial_zh_CN.properties");
  }
}

package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.RuleCatalog;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiceng rules}: the catalogue of the rules of a pack, one line per rule. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Lists the rules of a pack: id, severity in the pack, title and legal basis.",
    footer = {"", "Example: jiceng rules --area meeting --pack 500154 --locale zh-CN"})
final class RulesCommand implements Callable<Integer> {
  private final Console console;

  @Option(names = "--area", paramLabel = "AREA",
      description = "Only the rules of this area: linkage, burden, covenant, meeting, council, service, territory or "
          + "id.")
  private String area;

  @Mixin
  private PackOption pack;

  @Mixin
  private LocaleOption language;

  RulesCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    RulePack rules = pack.pack(language);
    RuleCatalog catalog = rules.catalog();
    List<RuleDescriptor> descriptors = catalog.descriptors();
    if (area != null) {
      if (!catalog.areas().contains(area)) {
        throw new UsageError(language.text(
            "--area：未知的领域“" + area + "”；可用：" + String.join("、", catalog.areas()),
            "--area: unknown area '" + area + "'; known areas: " + String.join(", ", catalog.areas())));
      }
      descriptors = catalog.inArea(area);
    }
    for (RuleDescriptor rule : descriptors) {
      String id = rule.id().value();
      String state = rules.isEnabled(id) ? "" : language.text(" [已停用]", " [disabled]");
      console.out().println(id + "  " + rules.severityOf(id).name() + state + "  " + rule.title(language.locale())
          + "  — " + bases(rule.legalBases(), language));
    }
    console.out().println(language.text(
        "共 " + descriptors.size() + " 条规则（规则包 " + rules.id() + " " + rules.version() + "）",
        descriptors.size() + " rules (rule pack " + rules.id() + " " + rules.version() + ")"));
    return Jiceng.OK;
  }

  /**
   * Formats legal bases on one line.
   *
   * @param bases the bases
   * @param language the language
   * @return for example {@code 中华人民共和国村民委员会组织法 第二十二条 (2018年修正) [confirmed]}
   */
  static String bases(List<LegalBasis> bases, LocaleOption language) {
    if (bases.isEmpty()) {
      return language.text("无法律依据（技术校验）", "no legal basis (a technical check)");
    }
    return bases.stream().map(b -> b.instrument() + b.article().map(a -> " " + a).orElse("")
        + b.version().map(v -> " (" + v + ")").orElse("") + " [" + b.confidence().displayName(language.locale())
        + "]").collect(Collectors.joining("; "));
  }
}

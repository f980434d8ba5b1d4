package io.github.jiceng.governance.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.rules.LegalBasis;
import io.github.jiceng.governance.rules.Parameter;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.ParameterValue;
import io.github.jiceng.governance.rules.Rule;
import io.github.jiceng.governance.rules.RuleDescriptor;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.ValidityPeriod;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jiceng explain}: what a rule checks, its severity, legal basis, parameters in the chosen pack, and a failing
 * and a passing example record found by {@link RuleExamples}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Explains a rule: what it checks, severity, legal basis, parameters, and generated examples."},
    footer = {"", "Example: jiceng explain meeting.quorum.not-met --locale zh-CN"})
final class ExplainCommand implements Callable<Integer> {
  private static final ObjectWriter JSON = GovernanceJson.mapper().writerWithDefaultPrettyPrinter();

  private final Console console;

  @Parameters(paramLabel = "RULE_ID", description = "A rule id, such as meeting.quorum.not-met (see 'jiceng rules').")
  private String ruleId;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = ValidateCommand.DateConverter.class,
      description = "Show the parameters and legal bases in force on this date (default: today).")
  private LocalDate asOf;

  @Option(names = "--no-examples", description = "Do not search for example records (faster).")
  private boolean noExamples;

  @Mixin
  private PackOption pack;

  @Mixin
  private LocaleOption language;

  ExplainCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws JsonProcessingException {
    RulePack rules = pack.pack(language);
    RuleDescriptor rule = rules.descriptor(ruleId).orElseThrow(() -> unknown(rules));
    LocalDate date = asOf != null ? asOf : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
    PrintStream out = console.out();
    String id = rule.id().value();
    out.println(id + " — " + rule.title(language.locale()));
    out.println(language.text("检查内容：", "What it checks: ") + rule.title(language.locale())
        + language.text("。消息模板：", ". Message: ") + rule.message(language.locale()).toString());
    out.println(language.text("适用记录：", "Record type: ") + subjectType(rule));
    out.println(language.text("严重程度：", "Severity: ") + rules.severityOf(id).name()
        + language.text("（规则包 ", " (in the pack ") + rules.id() + " " + rules.version()
        + language.text("；默认 ", "; default ") + rule.severity().name() + language.text("）", ")")
        + (rules.isEnabled(id) ? "" : language.text(" 已停用", " disabled")));
    out.println(language.text("有效期：", "In force: ") + period(rule.inForce())
        + (rule.isInForceOn(date) ? "" : language.text("（" + date + " 不在有效期内）", " (not in force on " + date + ")")));
    out.println(language.text("法律依据：", "Legal basis:"));
    if (rule.legalBases().isEmpty()) {
      out.println("  " + language.text("无（技术校验）", "none (a technical check)"));
    }
    for (LegalBasis basis : rule.legalBases()) {
      out.println("  " + basis.instrument() + basis.article().map(a -> " " + a).orElse("")
          + basis.version().map(v -> " (" + v + ")").orElse("") + ", " + language.text("有效期 ", "in force ")
          + period(basis.inForce()) + ", " + language.text("可信度：", "confidence: ")
          + basis.confidence().displayName(language.locale()) + " (" + basis.confidence().name() + ")"
          + basis.note().map(n -> "; " + n).orElse(""));
    }
    parameters(rules, rule, date, out);
    if (!noExamples) {
      examples(rules, rule, out);
    }
    return Jiceng.OK;
  }

  private String period(ValidityPeriod period) {
    if (period.from().isEmpty() && period.until().isEmpty()) {
      return language.text("始终", "always");
    }
    String from = period.from().map(d -> language.text(d + " 起", "from " + d)).orElse("");
    String until = period.until().map(d -> language.text("至 " + d + " 前", "until " + d + " (exclusive)")).orElse("");
    return (from + " " + until).trim();
  }

  private UsageError unknown(RulePack rules) {
    if (rules != StandardPacks.chongqing() && StandardPacks.chongqing().descriptor(ruleId).isPresent()) {
      return new UsageError(language.text(
          "规则“" + ruleId + "”只在重庆规则包中；请加 --pack chongqing",
          "the rule '" + ruleId + "' is only in the Chongqing pack; add --pack chongqing"));
    }
    return new UsageError(language.text("未知的规则“" + ruleId + "”；运行 jiceng rules 查看全部规则",
        "unknown rule '" + ruleId + "'; run 'jiceng rules' to list the rules"));
  }

  private static String subjectType(RuleDescriptor rule) {
    RecordTypes types = RecordTypes.standard();
    return types.nameOf(rule.subjectType()).orElseGet(() -> types.namesOfSubtypes(rule.subjectType()).isEmpty()
        ? rule.subjectType().getSimpleName() : String.join(", ", types.namesOfSubtypes(rule.subjectType())));
  }

  private void parameters(RulePack rules, RuleDescriptor rule, LocalDate date, PrintStream out) {
    Optional<Rule<?>> instance = rules.rules().stream()
        .filter(r -> RuleDescriptor.of(r).id().equals(rule.id())).findFirst();
    if (instance.isEmpty() || instance.get().parameters().isEmpty()) {
      out.println(language.text("参数：无", "Parameters: none"));
      return;
    }
    out.println(language.text("参数（" + date + " 适用的值）：", "Parameters (values in force on " + date + "):"));
    for (Parameter<?> parameter : instance.get().parameters()) {
      ParameterValue<?> value = rules.parameterValue(parameter, date);
      out.println("  " + parameter.name() + " = " + value.value() + " ("
          + (value.isDefault() ? language.text("默认值", "default")
              : language.text("由规则包 ", "set by the pack ") + value.packId().orElse("?")
                  + value.note().map(n -> ": " + n).orElse(""))
          + ")");
    }
  }

  private void examples(RulePack rules, RuleDescriptor rule, PrintStream out) throws JsonProcessingException {
    Optional<RuleExamples.Examples> found = RuleExamples.find(rule.id().value(), rule.area(), rules);
    if (found.isEmpty()) {
      out.println(language.text(
          "示例：测试工具包的生成器在此规则包下不会触发这条规则，因此没有示例（示例从不手写，以免出错）",
          "Examples: none; no test-kit generator triggers this rule under this pack (examples are never written by "
              + "hand, so that they cannot be wrong)"));
      return;
    }
    RuleExamples.Examples examples = found.get();
    out.println(language.text("不通过的示例", "Failing example") + context(examples.failingContext)
        + language.text("：", ":"));
    out.println(JSON.writeValueAsString(examples.failing));
    out.println(language.text("  → 结果：", "  → finding: ") + examples.finding.severity().name() + " "
        + examples.finding.message(language.locale()));
    if (examples.passing.isPresent()) {
      out.println(language.text("通过的示例", "Passing example") + context(examples.passingContext)
          + language.text("：", ":"));
      out.println(JSON.writeValueAsString(examples.passing.get()));
      out.println(language.text("  → 无此规则的问题", "  → no finding of this rule"));
    } else {
      out.println(language.text("通过的示例：生成器没有产生同类型的有效记录",
          "Passing example: none; no generator makes a valid record of this type"));
    }
  }

  private String context(int others) {
    return others == 0 ? language.text("（单独校验）", " (validated on its own)")
        : language.text("（与生成数据集中的另外 " + others + " 条记录一起校验）",
            " (validated with the " + others + " other records of its generated dataset)");
  }
}

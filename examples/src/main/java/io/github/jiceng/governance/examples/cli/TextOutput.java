package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.json.report.TextSummary;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import java.io.PrintStream;

/**
 * The text output of {@code validate}: a heading, one line per finding as it is found
 * ({@code file:line:column severity code subject: message}), then the summary of {@link TextSummary} and the verdict,
 * in the chosen language.
 */
final class TextOutput implements StreamListener {
  private final PrintStream out;
  private final LocaleOption language;
  private boolean first = true;

  TextOutput(PrintStream out, LocaleOption language, RulePack pack, int files) {
    this.out = out;
    this.language = language;
    out.println(language.text("校验 " + files + " 个文件，规则包 " + pack.id() + " " + pack.version(),
        "Validating " + files + (files == 1 ? " file" : " files") + " with the rule pack " + pack.id() + " "
            + pack.version()));
  }

  @Override
  public void finding(StreamFinding located) {
    if (first) {
      out.println();
      out.println(language.text("问题：", "Findings:"));
      first = false;
    }
    Finding finding = located.finding();
    String position = located.position();
    out.println((position.isEmpty() ? "" : position + " ") + finding.severity().displayName(language.locale())
        + " " + finding.code().value() + " " + finding.subject() + ": " + finding.message(language.locale()));
  }

  @Override
  public void end(StreamReport report) {
    out.println();
    out.print(TextSummary.render(report, language.locale()));
    long errors = report.summary().findingsBySeverity().get(Severity.ERROR);
    long warnings = report.summary().findingsBySeverity().get(Severity.WARNING);
    out.println(language.text("结论：" + errors + " 个错误，" + warnings + " 个警告",
        "Result: " + errors + (errors == 1 ? " error, " : " errors, ") + warnings
            + (warnings == 1 ? " warning" : " warnings")));
  }
}

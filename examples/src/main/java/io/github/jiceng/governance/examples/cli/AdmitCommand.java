package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.json.burden.AdmissionBatch;
import io.github.jiceng.governance.json.burden.AdmissionBatchSummary;
import io.github.jiceng.governance.json.burden.BatchDecision;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jiceng admit} (工作事项准入审查): decides every {@code admission-request} of the files against the
 * assistance and negative lists of the rule pack (the work-item admission system), as text with each decision's
 * reasons, or as the NDJSON lines of {@link AdmissionBatch} for a pipeline. Other records in the files are counted
 * and skipped; records that cannot be read are listed with their line.
 */
@Command(name = "admit", mixinStandardHelpOptions = true,
    description = {"Decides the admission requests (工作事项准入申请) of record files against the pack's lists.",
        "Folders are searched as by validate. Other record types are counted and skipped."},
    footer = {"", "Example: jiceng admit requests.ndjson --pack 500154 --locale zh-CN",
        "Exit codes: 0 every request admitted, 1 a request refused or referred for approval, or a record "
            + "unreadable, 2 usage error or unreadable input."})
final class AdmitCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Record files or folders of them.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|ndjson", defaultValue = "text",
      description = "Output: text (each decision with its reasons, default) or ndjson (a decision, unreadable or "
          + "summary object per line, per file).")
  private Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the output to this file instead of "
      + "standard output.")
  private Path output;

  @Option(names = "--decision-date", paramLabel = "YYYY-MM-DD", converter = ValidateCommand.DateConverter.class,
      description = "Date every decision with this day (default: each request's date); the lists in force on each "
          + "request's date still apply.")
  private LocalDate decisionDate;

  @Mixin
  private PackOption pack;

  @Mixin
  private LocaleOption language;

  AdmitCommand(Console console) {
    this.console = console;
  }

  /** The output formats. */
  enum Format {
    /** Text for a person. */
    TEXT,
    /** NDJSON lines for a pipeline. */
    NDJSON
  }

  @Override
  public Integer call() {
    List<Path> files = InputFiles.expand(paths, language);
    RulePack rules = pack.pack(language);
    AdmissionBatch batch = AdmissionBatch.of(Validator.of(rules));
    if (decisionDate != null) {
      batch = batch.withDecisionDate(decisionDate);
    }
    Tally total = new Tally();
    try (OutputStream target = OutputTarget.open(output, console, language)) {
      PrintStream text = new PrintStream(target, false, StandardCharsets.UTF_8);
      if (format == Format.TEXT) {
        text.println(language.text("用规则包 " + rules.id() + " " + rules.version() + " 审查 " + files.size()
            + " 个文件中的准入申请", "Deciding the admission requests of " + files.size() + " file"
            + (files.size() == 1 ? "" : "s") + " with the rule pack " + rules.id() + " " + rules.version()));
        text.println();
      }
      for (Path file : files) {
        total.add(format == Format.NDJSON ? batch.run(file, target) : decideAsText(batch, file, text));
      }
      if (format == Format.TEXT) {
        text.println();
        text.println(total.render(language));
      }
      text.flush();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageError(language.text("读写失败：", "input or output failed: ") + e.getMessage());
    }
    return total.allAdmitted() ? Jiceng.OK : Jiceng.FINDINGS;
  }

  private AdmissionBatchSummary decideAsText(AdmissionBatch batch, Path file, PrintStream text) {
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      return batch.run(in, decided -> printDecision(name, decided, text), unreadable -> printUnreadable(name,
          unreadable, text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private void printDecision(String file, BatchDecision decided, PrintStream text) {
    text.println(file + ":" + decided.line() + " " + decided.decision().explain(language.locale()));
    for (Finding finding : decided.findings()) {
      printFinding(finding, text);
    }
  }

  private void printUnreadable(String file, RecordOutcome outcome, PrintStream text) {
    text.println(file + ":" + outcome.line() + ":" + outcome.column() + " " + language.text("无法读取的记录",
        "unreadable record"));
    for (Finding finding : outcome.findings()) {
      printFinding(finding, text);
    }
  }

  private void printFinding(Finding finding, PrintStream text) {
    text.println("  " + finding.severity().name().toLowerCase(java.util.Locale.ROOT) + " " + finding.code() + ": "
        + finding.message(language.locale()));
  }

  /** The account of all files. */
  private static final class Tally {
    private final Map<AdmissionOutcome, Long> outcomes = new EnumMap<>(AdmissionOutcome.class);
    private long read;
    private long others;
    private long unreadable;

    void add(AdmissionBatchSummary summary) {
      read += summary.read();
      others += summary.otherRecords();
      unreadable += summary.unreadable();
      for (AdmissionOutcome outcome : AdmissionOutcome.values()) {
        outcomes.merge(outcome, summary.count(outcome), Long::sum);
      }
    }

    long requests() {
      return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean allAdmitted() {
      return unreadable == 0 && outcomes.getOrDefault(AdmissionOutcome.REFUSED, 0L) == 0
          && outcomes.getOrDefault(AdmissionOutcome.REFERRED_FOR_APPROVAL, 0L) == 0;
    }

    String render(LocaleOption language) {
      StringBuilder counts = new StringBuilder();
      for (AdmissionOutcome outcome : AdmissionOutcome.values()) {
        long count = outcomes.getOrDefault(outcome, 0L);
        counts.append(counts.length() == 0 ? "" : language.text("，", ", ")).append(language.text(
            outcome.displayName(language.locale()) + " " + count + " 件", count + " " + outcome.displayName(
                language.locale())));
      }
      return language.text("申请 " + requests() + " 件（" + counts + "）；读取记录 " + read + " 条，其他记录 " + others
              + " 条，无法读取 " + unreadable + " 条",
          "Requests: " + requests() + " (" + counts + "); records: " + read + " read, " + others + " other, "
              + unreadable + " unreadable");
    }
  }
}

package io.github.jiceng.governance.examples.cli;

import io.github.jiceng.governance.json.UnknownPropertyPolicy;
import io.github.jiceng.governance.json.report.JsonReportWriter;
import io.github.jiceng.governance.json.report.NdjsonFindingWriter;
import io.github.jiceng.governance.json.stream.RecordOutcome;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.DatasetPrepass;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamListener;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code jiceng validate}: validates files and folders of records as one dataset and writes the findings as text,
 * the JSON report or NDJSON.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validates record files (NDJSON or JSON arrays, optionally gzip) as one dataset.",
        "Folders are searched recursively for *.ndjson, *.json, *.ndjson.gz and *.json.gz, sorted by path."},
    footer = {"", "Example: jiceng validate data/ --format json --output report.json",
        "Exit codes: 0 no findings at or above --fail-on, 1 such findings, 2 usage error or unreadable input."})
final class ValidateCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(arity = "1..*", paramLabel = "FILE_OR_FOLDER", description = "Record files or folders of them.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json|ndjson|html", defaultValue = "text",
      description = "Output: text (summary and findings, default), json (the JSON report), ndjson (a finding per "
          + "line) or html.")
  private OutputFormat format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the output to this file instead of "
      + "standard output.")
  private Path output;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Judge every record by the law in force on this date (default: each record's own date).")
  private LocalDate asOf;

  @Option(names = "--fail-on", paramLabel = "error|warning", defaultValue = "error",
      description = "Exit with 1 if there are findings of this severity or worse (default: error).")
  private FailOn failOn;

  @Option(names = "--unknown-fields", paramLabel = "finding|ignore", defaultValue = "finding",
      description = "Unknown properties in a record: an error finding (default) or ignored.")
  private UnknownFields unknownFields;

  @Option(names = "--lenient-credit-codes", description = "Read credit codes whose check characters fail (legal codes "
      + "of early pilot areas) and report them with the id.uscc.* warnings, instead of making the record unreadable.")
  private boolean lenientCreditCodes;

  @Option(names = "--no-prepass", description = "Skip the first pass (the files are then read once): the service.*, "
      + "covenant.adoption.meeting-* and burden.decision.* rules stay silent.")
  private boolean noPrepass;

  @Option(names = "--no-service-system", description = "Skip only the service-system part of the first pass: the "
      + "service.* rules stay silent.")
  private boolean noServiceSystem;

  @Mixin
  private PackOption pack;

  @Mixin
  private LocaleOption language;

  ValidateCommand(Console console) {
    this.console = console;
  }

  /** The severity that makes the exit code 1. */
  enum FailOn {
    /** Errors only. */
    ERROR,
    /** Errors and warnings. */
    WARNING
  }

  /** What to do with unknown properties. */
  enum UnknownFields {
    /** Report them as errors. */
    FINDING,
    /** Ignore them. */
    IGNORE
  }

  /** Reads an ISO date. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date YYYY-MM-DD, found '" + value + "'");
      }
    }
  }

  @Override
  public Integer call() {
    List<Path> files = InputFiles.expand(paths, language);
    if (output != null) {
      // a report written into a folder that is validated is not an input of the next run
      Path written = output.toAbsolutePath().normalize();
      files.removeIf(file -> file.toAbsolutePath().normalize().equals(written));
      if (files.isEmpty()) {
        throw new UsageError(language.text("没有要校验的文件：唯一的输入就是 --output 文件",
            "nothing to validate: the only input is the --output file"));
      }
    }
    RulePack rules = pack.pack(language);
    Validator.Builder validator = Validator.builder(rules);
    if (asOf != null) {
      validator.asOf(asOf);
    }
    RecordStreamValidator.Builder builder = RecordStreamValidator.builder(validator.build())
        .unknownProperties(unknownFields == UnknownFields.IGNORE ? UnknownPropertyPolicy.IGNORE
            : UnknownPropertyPolicy.ERROR)
        .lenientCreditCodes(lenientCreditCodes);
    Set<DatasetPrepass.Part> parts = noPrepass ? EnumSet.noneOf(DatasetPrepass.Part.class)
        : EnumSet.allOf(DatasetPrepass.Part.class);
    if (noServiceSystem) {
      parts.remove(DatasetPrepass.Part.SERVICE_SYSTEM);
    }
    if (!parts.isEmpty()) {
      DatasetPrepass.Result prepass = readFirstPass(files, parts);
      prepass.lookup().ifPresent(builder::lookup);
      prepass.problem().ifPresent(problem -> console.err().println("jiceng: " + language.text(
          "未运行 service.* 规则：", "service.* rules not run: ") + problem));
    }
    RecordStreamValidator streaming = builder.build();
    StreamReport report;
    try (OutputStream target = OutputTarget.open(output, console, language)) {
      PrintStream text = new PrintStream(target, false, StandardCharsets.UTF_8);
      List<StreamListener> listeners = new ArrayList<>();
      switch (format) {
        case JSON:
          listeners.add(new JsonReportWriter(target));
          break;
        case NDJSON:
          listeners.add(new NdjsonFindingWriter(target));
          break;
        case HTML:
          listeners.add(new HtmlOutput(target, language.locale(), rules, asOf != null ? asOf : LocalDate.now(), files));
          break;
        default:
          listeners.add(new TextOutput(text, language, rules, files.size()));
      }
      if (console.terminal()) {
        listeners.add(new ProgressBar(console.err(), files, System::nanoTime));
      }
      report = streaming.validate(files, all(listeners));
      text.flush();
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
      throw new UsageError(language.text("读写失败：", "input or output failed: ") + e.getMessage()
          + (cause == e ? "" : " (" + cause.getMessage() + ")"));
    }
    long errors = report.summary().findingsBySeverity().get(Severity.ERROR);
    long warnings = report.summary().findingsBySeverity().get(Severity.WARNING);
    return errors > 0 || (failOn == FailOn.WARNING && warnings > 0) ? Jiceng.FINDINGS : Jiceng.OK;
  }

  private DatasetPrepass.Result readFirstPass(List<Path> files, Set<DatasetPrepass.Part> parts) {
    try {
      return DatasetPrepass.read(files, parts);
    } catch (UncheckedIOException e) {
      throw new UsageError(language.text("读取失败：", "input failed: ") + e.getMessage());
    }
  }

  private static StreamListener all(List<StreamListener> listeners) {
    return new StreamListener() {
      @Override
      public void record(RecordOutcome outcome) {
        listeners.forEach(l -> l.record(outcome));
      }

      @Override
      public void finding(StreamFinding finding) {
        listeners.forEach(l -> l.finding(finding));
      }

      @Override
      public void end(StreamReport report) {
        listeners.forEach(l -> l.end(report));
      }
    };
  }
}

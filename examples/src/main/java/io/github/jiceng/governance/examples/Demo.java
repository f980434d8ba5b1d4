package io.github.jiceng.governance.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.id.InvalidIdentifierException;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.examples.report.DistrictFactsListener;
import io.github.jiceng.governance.examples.report.HtmlReport;
import io.github.jiceng.governance.examples.report.TownshipCoverage;
import io.github.jiceng.governance.json.stream.RecordStreamValidator;
import io.github.jiceng.governance.json.stream.DatasetPrepass;
import io.github.jiceng.governance.json.stream.StreamFinding;
import io.github.jiceng.governance.json.stream.StreamReport;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.RulePack;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The demo that the README's first command runs: a few identifiers, then the whole sample district
 * (examples/data/sample-district, five NDJSON files) validated as one dataset with Kaizhou's rule pack, a summary by
 * area and severity with one example finding per area, a check that every problem planted in the manifest was
 * found, and the self-contained HTML report.
 *
 * <p>Arguments: {@code --locale en|zh-CN} (default en), {@code --data DIR} (default examples/data/sample-district),
 * {@code --report FILE} (default examples/target/sample-district-report.html).
 */
public final class Demo {
  private final PrintStream out;
  private final Locale locale;
  private final Path data;
  private final Path report;
  private final LocalDate today;

  Demo(PrintStream out, Locale locale, Path data, Path report, LocalDate today) {
    this.out = out;
    this.locale = locale;
    this.data = data;
    this.report = report;
    this.today = today;
  }

  /**
   * Runs the demo; exits with 2 and one line on standard error for a wrong argument or a missing data folder.
   *
   * @param args {@code --locale en|zh-CN}, {@code --data DIR}, {@code --report FILE}
   */
  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>(Map.of("--locale", "en",
        "--data", "examples/data/sample-district", "--report", "examples/target/sample-district-report.html"));
    for (int i = 0; i < args.length; i += 2) {
      if (!options.containsKey(args[i]) || i + 1 >= args.length) {
        System.err.println("demo: unknown or incomplete argument '" + args[i] + "'; use --locale en|zh-CN, --data DIR,"
            + " --report FILE");
        System.exit(2);
      }
      options.put(args[i], args[i + 1]);
    }
    Path data = Path.of(options.get("--data"));
    if (!Files.isDirectory(data)) {
      System.err.println("demo: no sample district at " + data.toAbsolutePath() + "; run from the repository root");
      System.exit(2);
    }
    java.util.logging.Logger.getLogger("org.hibernate.validator").setLevel(java.util.logging.Level.WARNING);
    new Demo(System.out, Locale.forLanguageTag(options.get("--locale")), data, Path.of(options.get("--report")),
        LocalDate.now()).run();
  }

  void run() {
    out.println(text("基层治理 SDK 演示", "Jiceng governance SDK demo") + " / Jiceng");
    out.println("==========================================");
    identifiers();
    StreamReport result = district();
    out.println();
    out.println(text("下一步：", "Next: ") + "examples/bin/jiceng validate examples/data/sample-district --pack 500154"
        + " --format html"
        + " --output report.html   |   examples/jshell/open.sh examples/jshell/quickstart.jsh");
    out.println(result.hasErrors()
        ? text("结论：样本数据有错误（约 5% 的记录是故意埋入的问题）。", "Result: the sample has errors "
            + "(about 5% of its records carry problems planted on purpose).")
        : text("结论：没有错误。", "Result: no errors."));
  }

  private void identifiers() {
    out.println();
    out.println(text("1. 标识码", "1. Identifiers"));
    UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse("91310110666007217T");
    out.println("   " + text("统一社会信用代码 ", "credit code ") + code + ": " + code.registrationAuthority()
        .map(a -> a.displayName(locale)).orElse("?") + ", " + code.organisationCategory()
        .map(c -> c.displayName(locale)).orElse("?") + ", " + code.divisionPart());
    try {
      UnifiedSocialCreditCode.parse("91310110666007217A");
    } catch (InvalidIdentifierException e) {
      out.println("   " + text("拒绝：", "rejected: ") + (locale.getLanguage().equals("zh")
          ? e.problem().displayName(locale) + "（第 " + e.position().orElse(0) + " 位）" : e.getMessage()));
    }
    ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X");
    out.println("   " + text("身份证号 ", "resident ID ") + id + " (" + text("个人信息已遮蔽", "personal data masked")
        + "): " + id.sex().displayName(locale) + ", " + text("年龄 ", "age ") + id.ageOn(today));
  }

  private StreamReport district() {
    List<Path> files = recordFiles();
    RulePack pack = StandardPacks.forJurisdiction("500154");
    out.println();
    out.println(text("2. 样本区县（以开州区为原型的合成数据）：", "2. The sample district (synthetic, modelled on Kaizhou): ")
        + data + ", " + files.size() + text(" 个文件，规则包 ", " files, rule pack ") + pack.id() + " "
        + pack.version());
    DistrictFactsListener facts = DistrictFactsListener.forPack(pack, today);
    // a first pass builds the three-tier service system and keeps the meetings and admission requests that covenants
    // and decisions name, so that the service.*, covenant.adoption.meeting-* and burden.decision.* rules run while
    // streaming
    RecordStreamValidator.Builder streaming = RecordStreamValidator.builder(Validator.builder(pack).build());
    DatasetPrepass.read(files).lookup().ifPresent(streaming::lookup);
    RecordStreamValidator validator = streaming.build();
    StreamReport result = validator.validate(files, facts);
    out.printf("   %s %d, %s %d, %s %d, %s %d%n", text("读取", "read"), result.summary().records(),
        text("有效", "valid"), result.summary().valid(), text("有错误", "with errors"), result.summary().withErrors(),
        text("无法读取", "unreadable"), result.summary().unreadable());
    coverage(facts);
    byArea(result);
    plantedProblems(result);
    writeReport(result, facts, files);
    return result;
  }

  /** The three-tier service system's coverage, from the facts the HTML report charts. */
  private void coverage(DistrictFactsListener facts) {
    // townships with a record of their own; codes that only villages point to are territory findings
    List<TownshipCoverage> townships = facts.facts().townships().stream().filter(t -> t.name().isPresent()).toList();
    long withStation = townships.stream().filter(TownshipCoverage::hasStation).count();
    int villages = townships.stream().mapToInt(TownshipCoverage::villages).sum();
    int withRoom = townships.stream().mapToInt(TownshipCoverage::villagesWithRoom).sum();
    out.printf("   %s %d / %d, %s %d / %d%n", text("三级服务体系：有社工站的乡镇（街道）", "three-tier system: townships with a "
        + "social-work station"), withStation, townships.size(), text("有社工室的村（社区）", "villages with a room"),
        withRoom, villages);
  }

  private List<Path> recordFiles() {
    try (Stream<Path> listing = Files.list(data)) {
      return listing.filter(p -> p.getFileName().toString().endsWith(".ndjson")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + data, e);
    }
  }

  private void byArea(StreamReport result) {
    Map<String, List<StreamFinding>> areas = new TreeMap<>();
    for (StreamFinding finding : result.findings()) {
      areas.computeIfAbsent(finding.finding().code().area(), a -> new ArrayList<>()).add(finding);
    }
    out.println();
    out.printf("   %-12s %8s %8s %8s%n", text("领域", "area"), Severity.ERROR.displayName(locale),
        Severity.WARNING.displayName(locale), Severity.INFO.displayName(locale));
    for (Map.Entry<String, List<StreamFinding>> area : areas.entrySet()) {
      out.printf("   %-12s %8d %8d %8d%n", area.getKey(), count(area.getValue(), Severity.ERROR),
          count(area.getValue(), Severity.WARNING), count(area.getValue(), Severity.INFO));
    }
    out.println();
    out.println("   " + text("每个领域的一个例子：", "One example per area:"));
    for (List<StreamFinding> findings : areas.values()) {
      StreamFinding first = Collections.min(findings, (a, b) -> a.finding().severity().compareTo(b.finding().severity()));
      Finding finding = first.finding();
      out.println("   [" + finding.severity().displayName(locale) + "] " + finding.code() + " " + first.position());
      out.println("       " + finding.message(locale));
    }
  }

  private static long count(List<StreamFinding> findings, Severity severity) {
    return findings.stream().filter(f -> f.finding().severity() == severity).count();
  }

  /** Compares the findings with the manifest's planted problems: (rule id, record type, record id). */
  private void plantedProblems(StreamReport result) {
    Path manifestFile = data.resolveSibling(data.getFileName() + ".manifest.json");
    if (!Files.isRegularFile(manifestFile)) {
      return;
    }
    List<String> planted = new ArrayList<>();
    try {
      JsonNode manifest = new ObjectMapper().readTree(manifestFile.toFile());
      for (JsonNode problem : manifest.path("problems")) {
        problem.path("ruleIds").forEach(rule -> planted.add(rule.asText() + " " + problem.path("recordType").asText()
            + "/" + problem.path("recordId").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifestFile, e);
    }
    List<String> found = new ArrayList<>();
    for (StreamFinding finding : result.findings()) {
      found.add(finding.finding().code().value() + " " + finding.finding().subject().type() + "/"
          + finding.finding().subject().id().orElse(""));
    }
    List<String> missed = new ArrayList<>(planted);
    found.forEach(missed::remove);
    List<String> unexpected = new ArrayList<>(found);
    planted.forEach(unexpected::remove);
    out.println();
    out.println("   " + text("清单中埋入的问题 ", "Problems planted (manifest): ") + planted.size() + text("，找到 ", ", found ")
        + (planted.size() - missed.size()) + text("，遗漏 ", ", missed ") + missed.size()
        + text("，清单外的发现 ", ", findings not in the manifest ") + unexpected.size());
    for (String other : unexpected) {
      out.println("     " + text("清单外：", "not in the manifest: ") + other);
    }
  }

  private void writeReport(StreamReport result, DistrictFactsListener facts, List<Path> files) {
    try {
      if (report.getParent() != null) {
        Files.createDirectories(report.getParent());
      }
      try (Writer writer = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
        HtmlReport.builder(result, facts.facts()).locale(locale)
            .inputs(files.stream().map(f -> f.getFileName().toString()).toList()).write(writer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    out.println();
    out.println(text("3. HTML 报告（单个文件，可离线打开）：", "3. HTML report (one file, opens offline): ")
        + report.toAbsolutePath().normalize());
  }

  private String text(String chinese, String english) {
    return "zh".equals(locale.getLanguage()) ? chinese : english;
  }
}

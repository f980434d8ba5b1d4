package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and exit code of {@code jiceng}, through picocli's {@code execute} with captured output. */
class JicengTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  /** The exit code and the captured output of one run. */
  private static final class Run {
    final int exit;
    final String out;
    final String err;

    Run(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }

    List<String> outLines() {
      return Arrays.asList(out.split("\n", -1));
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    int exit = Jiceng.commandLine(console).execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String fixture(String name) {
    try {
      return Path.of(JicengTest.class.getResource("/cli/" + name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---------------------------------------------------------------- validate

  @Test
  void validatingAFolderReadsItsFilesAsOneDatasetAndExitsWith1OnErrors() {
    Run run = run("validate", fixture("district"), "--locale", "en");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).isEmpty();
    assertThat(run.outLines()).startsWith(
        "Validating 2 files with the rule pack cn 2026.11",
        "",
        "Findings:",
        "villages.ndjson:2:1 error json.duplicate-id village/500154001001: The village id \"500154001001\" was "
            + "already used by the record at line 3 of territory.ndjson",
        "villages.ndjson:3:89 error territory.unit.parent-missing village/500154130001: "
            + "皓月社区 (500154130001) belongs to 500154130000, which is not in the dataset",
        "",
        "Records: 6 read, 4 valid, 2 with errors, 0 unreadable");
    assertThat(run.out).contains("\n  territory.ndjson: 3 records, 3 valid, 0 with errors, 0 unreadable; 0 findings "
        + "(NDJSON, NONE, ")
        .contains("\n  villages.ndjson: 3 records, 1 valid, 2 with errors, 0 unreadable; 2 findings (NDJSON, NONE, ")
        .endsWith("Result: 2 errors, 0 warnings\n");
  }

  @Test
  void aBrokenFileIsAFindingAndTheNextFileIsStillRead() {
    Run run = run("validate", fixture("broken.ndjson"), fixture("warning.ndjson"), "--locale", "en");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.outLines()).contains(
        "broken.ndjson:1:26 error json.syntax village: The document is not well-formed JSON: "
            + "Unexpected end-of-input within/between Object entries",
        "  broken.ndjson: 2 records, 1 valid, 0 with errors, 1 unreadable; 1 finding (NDJSON, NONE, 138 bytes)",
        "  warning.ndjson: 2 records, 2 valid, 0 with errors, 0 unreadable; 1 finding (NDJSON, NONE, 219 bytes)");
    assertThat(run.out).contains("Records: 4 read, 3 valid, 0 with errors, 1 unreadable\n");
  }

  @Test
  void failOnWarningTurnsAWarningIntoExitCode1() {
    assertThat(run("validate", fixture("warning.ndjson")).exit).isZero();
    assertThat(run("validate", fixture("warning.ndjson"), "--fail-on", "warning").exit).isEqualTo(1);
  }

  @Test
  void unknownFieldsAreErrorsUnlessIgnored() {
    Run finding = run("validate", fixture("unknown-field.ndjson"), "--format", "ndjson");
    assertThat(finding.exit).isEqualTo(1);
    assertThat(finding.out).contains("\"code\":\"json.unknown-property\"");
    Run ignored = run("validate", fixture("unknown-field.ndjson"), "--unknown-fields", "ignore", "--format", "ndjson");
    assertThat(ignored.exit).isZero();
    assertThat(ignored.out).isEmpty();
  }

  @Test
  void jsonOutputIsTheVersionedReportWithItsInputs() throws IOException {
    Path report = temp.resolve("report.json");
    Run run = run("validate", fixture("district"), "--format", "json", "--output", report.toString());
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.out).isEmpty();
    JsonNode json = JSON.readTree(Files.readString(report));
    assertThat(json.get("format").textValue()).isEqualTo("jiceng-validation-report");
    assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
    assertThat(json.get("formatMinorVersion").asInt()).isEqualTo(1);
    assertThat(json.get("inputs")).extracting(i -> i.get("name").textValue())
        .containsExactly("territory.ndjson", "villages.ndjson");
    assertThat(json.get("findings")).extracting(f -> f.get("source").textValue() + ":" + f.get("line").asInt())
        .containsExactly("villages.ndjson:2", "villages.ndjson:3");
  }

  @Test
  void theOutputFileIsNotReadAsAnInput() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("data"));
    Files.copy(Path.of(fixture("warning.ndjson")), folder.resolve("warning.ndjson"));
    Path report = folder.resolve("report.json");
    assertThat(run("validate", folder.toString(), "--format", "json", "--output", report.toString()).exit).isZero();
    Run again = run("validate", folder.toString(), "--format", "json", "--output", report.toString());
    assertThat(again.exit).isZero();
    assertThat(JSON.readTree(Files.readString(report)).get("summary").get("records").asInt()).isEqualTo(2);
  }

  @Test
  void ndjsonOutputIsOneFindingPerLine() throws IOException {
    Run run = run("validate", fixture("district"), "--format", "ndjson");
    String[] lines = run.out.split("\n");
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines[0]).get("code").textValue()).isEqualTo("json.duplicate-id");
    assertThat(JSON.readTree(lines[1]).get("code").textValue()).isEqualTo("territory.unit.parent-missing");
  }

  @Test
  void gzipAndArrayFilesInAFolderAreFoundAndDetected() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("data/sub"));
    String township = Files.readAllLines(Path.of(fixture("warning.ndjson"))).get(0);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(folder.resolve("a.json.gz")))) {
      gz.write(("[" + township + "]").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(folder.resolve("notes.txt"), "ignored");
    Run run = run("validate", temp.resolve("data").toString());
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("  a.json.gz: 1 records, 1 valid, 0 with errors, 0 unreadable; 0 findings "
        + "(JSON_ARRAY, GZIP, ");
  }

  @Test
  void chineseOutput() {
    Run run = run("validate", fixture("district"), "--locale", "zh-CN");
    assertThat(run.outLines()).contains("校验 2 个文件，规则包 cn 2026.11", "问题：")
        .contains("记录：读取 6 条，有效 4 条，有错误 2 条，无法读取 0 条", "结论：2 个错误，0 个警告");
    assertThat(run.out).contains("villages.ndjson:2:1 错误 json.duplicate-id");
  }

  @Test
  void asOfAndPackAreUsed() {
    Run run = run("validate", fixture("warning.ndjson"), "--pack", "500154", "--as-of", "2026-01-01");
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("rule pack cn.chongqing.d500154 2026.11");
  }

  // ---------------------------------------------------------------- usage errors: one line, exit 2

  @Test
  void aWrongPathIsOneLineAndExit2() {
    Run run = run("validate", "nope.ndjson");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.out).isEmpty();
    assertThat(run.err).isEqualTo("jiceng: no such file or folder: nope.ndjson\n");
    assertThat(run("validate", "nope.ndjson", "--locale", "zh-CN").err).isEqualTo("jiceng: 没有这个文件或文件夹：nope.ndjson\n");
  }

  @Test
  void aFolderWithoutRecordFilesIsAnError() {
    Run run = run("validate", fixture("empty-folder"));
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("jiceng: no *.ndjson, *.json, *.ndjson.gz or *.json.gz file in the folder "
        + fixture("empty-folder") + "\n");
  }

  @Test
  void aWrongFlagIsOneLineAndExit2() {
    Run run = run("validate", fixture("warning.ndjson"), "--frmat", "json");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("jiceng: Unknown option: '--frmat' (see 'jiceng validate --help')\n");
  }

  @Test
  void parseErrorsAreInChineseWhenAskedFor() {
    assertThat(run("validate", fixture("warning.ndjson"), "--frmat", "json", "--locale", "zh-CN").err)
        .isEqualTo("jiceng: 未知选项：'--frmat'（参见 'jiceng validate --help'）\n");
    assertThat(run("validate", fixture("warning.ndjson"), "--locale=zh-CN", "--as-of", "2026-13-01").err)
        .isEqualTo("jiceng: 选项 --as-of 的值无效：应为日期 YYYY-MM-DD，实际为 '2026-13-01'（参见 'jiceng validate --help'）\n");
    assertThat(run("validate", fixture("warning.ndjson"), "--locale", "zh-CN", "--format", "xml").err)
        .isEqualTo("jiceng: 选项 --format 的值无效：应为 text, json, ndjson, html 之一，实际为 'xml'"
            + "（参见 'jiceng validate --help'）\n");
    assertThat(run("validate", "--locale", "zh-CN").err)
        .isEqualTo("jiceng: 缺少必需的参数：'FILE_OR_FOLDER'（参见 'jiceng validate --help'）\n");
  }

  @Test
  void badOptionValuesAreOneLineAndExit2() {
    assertThat(run("validate", fixture("warning.ndjson"), "--as-of", "2026-13-01").err).isEqualTo(
        "jiceng: Invalid value for option '--as-of': expected a date YYYY-MM-DD, found '2026-13-01' "
            + "(see 'jiceng validate --help')\n");
    assertThat(run("validate", fixture("warning.ndjson"), "--locale", "fr").err).isEqualTo(
        "jiceng: Invalid value for option '--locale': expected zh-CN or en, found 'fr' (see 'jiceng validate --help')\n");
    Run pack = run("validate", fixture("warning.ndjson"), "--pack", "xyz");
    assertThat(pack.exit).isEqualTo(2);
    assertThat(pack.err).isEqualTo(
        "jiceng: --pack: unknown jurisdiction 'xyz'; use cn, chongqing or a 6-digit division code such as 500154\n");
    assertThat(run("validate").err).isEqualTo(
        "jiceng: Missing required parameter: 'FILE_OR_FOLDER' (see 'jiceng validate --help')\n");
  }

  @Test
  void htmlIsOneSelfContainedPage() throws Exception {
    Path page = temp.resolve("report.html");
    Run run = run("validate", fixture("district"), "--format", "html", "--output", page.toString(), "--locale", "en");
    assertThat(run.exit).isEqualTo(1);
    assertThat(run.err).isEmpty();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("</html>").doesNotContain("http://", "https://");
    // every finding of the text run is a row, with the file of a run over several files
    Run text = run("validate", fixture("district"), "--locale", "en");
    long findings = text.out.lines().filter(line -> line.matches("^\\S+\\.ndjson:\\d+.*")).count();
    assertThat(findings).isPositive();
    assertThat(html.split("<tr class=\"finding\"", -1).length - 1).isEqualTo((int) findings);
    assertThat(html).contains("villages.ndjson:<wbr>");
  }

  @Test
  void theServiceRulesRunWhenTheFilesHoldServiceUnits() throws IOException {
    // the district, two townships and one station with its operator, from the committed sample district
    Path data = Path.of("data", "sample-district");
    List<String> territory = Files.readAllLines(data.resolve("territory.ndjson")).stream()
        .filter(l -> l.contains("\"type\":\"district\"") || l.contains("\"code\":\"500154001000\"")
            || l.contains("\"code\":\"500154002000\"")).toList();
    List<String> service = Files.readAllLines(data.resolve("service.ndjson")).stream()
        .filter(l -> l.contains("\"id\":\"ST-500154001\"") || l.startsWith("{\"type\":\"social-organisation\",\"id\":\"ORG-SW3\""))
        .toList();
    assertThat(territory).hasSize(3);
    assertThat(service).hasSizeGreaterThanOrEqualTo(2); // the station, its operator and its social workers
    Path folder = Files.createDirectories(temp.resolve("service"));
    Files.write(folder.resolve("territory.ndjson"), territory);
    Files.write(folder.resolve("service.ndjson"), service);

    Run with = run("validate", folder.toString(), "--pack", "500154", "--format", "ndjson");
    Run without = run("validate", folder.toString(), "--pack", "500154", "--format", "ndjson", "--no-service-system");

    assertThat(with.outLines()).anySatisfy(line -> assertThat(line).contains("service.township.station-missing")
        .contains("500154002000"));
    assertThat(with.outLines()).noneSatisfy(line -> assertThat(line).contains("station-missing")
        .contains("\"500154001000\""));
    assertThat(without.outLines()).noneSatisfy(line -> assertThat(line).contains("\"service."));
  }

  @Test
  void theCovenantRulesThatLookUpTheirMeetingRunUnlessThePrepassIsOff() throws IOException {
    io.github.jiceng.governance.testkit.AdoptionCase mismatch = io.github.jiceng.governance.testkit.CovenantGenerators
        .defective(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2025, 1, 1),
            io.github.jiceng.governance.testkit.CovenantDefect.MEETING_MISMATCH).sample(5L, 1).get(0).adoption();
    ObjectMapper json = io.github.jiceng.governance.json.GovernanceJson.mapper();
    Path folder = Files.createDirectories(temp.resolve("covenant"));
    Files.writeString(folder.resolve("covenants.ndjson"), json.writeValueAsString(mismatch.covenant()) + "\n");
    Files.writeString(folder.resolve("meetings.ndjson"), json.writeValueAsString(mismatch.meeting()) + "\n");

    Run with = run("validate", folder.toString(), "--format", "ndjson");
    Run serviceOff = run("validate", folder.toString(), "--format", "ndjson", "--no-service-system");
    Run off = run("validate", folder.toString(), "--format", "ndjson", "--no-prepass");

    assertThat(with.outLines()).anySatisfy(line -> assertThat(line).contains("covenant.adoption.meeting-mismatch")
        .contains(mismatch.covenant().id()));
    assertThat(serviceOff.outLines()).isEqualTo(with.outLines());
    assertThat(off.outLines()).noneSatisfy(line -> assertThat(line).contains("covenant.adoption.meeting-"));
  }

  @Test
  void anUnwritableOutputIsExit2() {
    Run run = run("validate", fixture("warning.ndjson"), "--output", temp.resolve("no/such/dir/x.txt").toString());
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("jiceng: cannot write the file " + temp.resolve("no/such/dir/x.txt") + "\n");
  }

  // ---------------------------------------------------------------- rules, explain, schema

  @Test
  void rulesListsTheCatalogueOfAnArea() {
    Run run = run("rules", "--area", "territory", "--locale", "en");
    assertThat(run.exit).isZero();
    List<String> lines = new ArrayList<>(run.outLines());
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("territory.unit.parent-missing  ERROR  "));
    assertThat(lines).allSatisfy(line -> assertThat(line).matches("(territory\\..*|\\d+ rules .*|)"));
    Run unknown = run("rules", "--area", "nope");
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err).startsWith("jiceng: --area: unknown area 'nope'; known areas: ").doesNotContain("\n ");
  }

  @Test
  void explainShowsBasisParametersAndVerifiedExamples() {
    Run run = run("explain", "meeting.quorum.not-met", "--locale", "en", "--as-of", "2026-06-01");
    assertThat(run.exit).isZero();
    assertThat(run.out).startsWith("meeting.quorum.not-met — ")
        .contains("Legal basis:", "confidence: ", "Failing example", "  → finding: ERROR ", "Passing example",
            "\"type\" : \"meeting\"");
  }

  @Test
  void explainSaysWhenNoGeneratorTriggersARule() {
    Run run = run("explain", "service.station.understaffed", "--locale", "en");
    assertThat(run.exit).isZero();
    assertThat(run.outLines()).contains("Examples: none; no test-kit generator triggers this rule under this pack "
        + "(examples are never written by hand, so that they cannot be wrong)");
  }

  @Test
  void explainOfAChongqingRuleWithTheNationalPackSaysWhichPack() {
    String chongqingOnly = io.github.jiceng.governance.rules.pack.StandardPacks.chongqing().catalog().descriptors()
        .stream().map(d -> d.id().value())
        .filter(id -> io.github.jiceng.governance.rules.pack.StandardPacks.national().descriptor(id).isEmpty())
        .findFirst().orElseThrow();
    Run run = run("explain", chongqingOnly, "--locale", "en");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("jiceng: the rule '" + chongqingOnly
        + "' is only in the Chongqing pack; add --pack chongqing\n");
    assertThat(run("explain", chongqingOnly, "--pack", "chongqing", "--no-examples").exit).isZero();
  }

  @Test
  void explainOfAnUnknownRuleIsOneLineAndExit2() {
    Run run = run("explain", "meeting.nothing.here");
    assertThat(run.exit).isEqualTo(2);
    assertThat(run.err).isEqualTo("jiceng: unknown rule 'meeting.nothing.here'; run 'jiceng rules' to list the rules\n");
  }

  @Test
  void schemaPrintsATypeOrListsThem() throws IOException {
    Run list = run("schema");
    assertThat(list.exit).isZero();
    assertThat(list.outLines()).contains("village", "township", "covenant");
    Run village = run("schema", "village");
    assertThat(village.exit).isZero();
    assertThat(JSON.readTree(village.out).get("$schema").textValue())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Run unknown = run("schema", "nope");
    assertThat(unknown.exit).isEqualTo(2);
    assertThat(unknown.err).isEqualTo("jiceng: unknown record type 'nope'; run 'jiceng schema' to list the types\n");
  }

  // ---------------------------------------------------------------- help and version

  @Test
  void everyCommandHasHelpAndTheToolHasAVersion() {
    for (String command : List.of("validate", "rules", "explain", "schema")) {
      Run help = run(command, "--help");
      assertThat(help.exit).as(command).isZero();
      assertThat(help.out).as(command).startsWith("Usage: jiceng " + command);
    }
    Run top = run("--help");
    assertThat(top.exit).isZero();
    assertThat(top.out).contains("validate", "rules", "explain", "schema");
    Run none = run();
    assertThat(none.exit).isEqualTo(2);
    assertThat(none.out).isEmpty();
    assertThat(none.err).startsWith("Usage: jiceng [-hV] [COMMAND]\n");
    Run version = run("--version");
    assertThat(version.exit).isZero();
    assertThat(version.out).startsWith("jiceng ").contains("rule packs 2026.11");
  }

  @Test
  void noProgressBarWhenStandardErrorIsNotATerminal() {
    assertThat(run("validate", fixture("district")).err).isEmpty();
  }
}

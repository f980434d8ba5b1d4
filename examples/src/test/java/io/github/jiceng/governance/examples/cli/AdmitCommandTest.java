package io.github.jiceng.governance.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.burden.AdmissionBatch;
import io.github.jiceng.governance.json.burden.BatchDecision;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiceng admit}: decisions as text and NDJSON, the summary, exit codes; the expected decisions come from the
 * library's {@link AdmissionBatch} over the same file, not from this test.
 */
class AdmitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path temp;

  private Path requests;
  private Path admittedOnly;
  private List<BatchDecision> expected;

  private static int run(ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) {
    Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false);
    return Jiceng.commandLine(console).execute(args);
  }

  private static String request(String id, String task) throws IOException {
    AdmissionRequest request = AdmissionRequest.builder().id(id).date(LocalDate.of(2025, 3, 3))
        .requestingDepartment("渝北区城市管理局").departmentJurisdiction(DivisionCode.parse("500112"))
        .task(task).addTargets(DivisionCode.parse("500112101201"))
        .periodStart(LocalDate.of(2025, 6, 2)).funding(FundingOffer.FUNDS_FOLLOW_TASK).build();
    return GovernanceJson.mapper().writeValueAsString(request);
  }

  @BeforeEach
  void files() throws IOException {
    String listed = request("YB-2", "协助开展农村人居环境整治");
    String text = request("YB-1", "城市管理") + "\n" + listed + "\n{\"type\":\"admission-request\",\n"
        + request("YB-3", "垃圾分类入户宣传") + "\n";
    requests = Files.writeString(temp.resolve("requests.ndjson"), text);
    admittedOnly = Files.writeString(temp.resolve("listed.ndjson"), listed + "\n");
    expected = new ArrayList<>();
    AdmissionBatch.of(Validator.of(StandardPacks.chongqing()))
        .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), expected::add);
  }

  @Test
  void textGivesEachDecisionWithItsLineAndReasonsThenTheCounts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = run(out, err, "admit", requests.toString(), "--pack", "chongqing", "--locale", "en");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(expected).hasSize(3);
    for (BatchDecision decided : expected) {
      assertThat(text).contains("requests.ndjson:" + decided.line() + " "
          + decided.decision().explain(Locale.ENGLISH) + "\n");
    }
    assertThat(text).contains("requests.ndjson:3:1 unreadable record\n  error json.syntax: ");
    long refused = expected.stream().filter(d -> d.decision().outcome() == AdmissionOutcome.REFUSED).count();
    assertThat(refused).isPositive();
    assertThat(text).contains(refused + " refused").contains("records: 4 read, 0 other, 1 unreadable");
    assertThat(exit).isEqualTo(Jiceng.FINDINGS);
  }

  @Test
  void ndjsonGivesTheLibrarysLinesPerFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = run(out, new ByteArrayOutputStream(), "admit", requests.toString(), admittedOnly.toString(),
        "--pack", "chongqing", "--format", "ndjson");
    List<String> kinds = new ArrayList<>();
    List<String> outcomes = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      JsonNode node = JSON.readTree(line);
      kinds.add(node.get("kind").asText());
      if (node.has("outcome")) {
        outcomes.add(node.get("outcome").asText());
      }
    }
    assertThat(kinds).containsExactly("decision", "decision", "unreadable", "decision", "summary", "decision",
        "summary");
    List<String> wanted = new ArrayList<>();
    expected.forEach(d -> wanted.add(d.decision().outcome().name()));
    wanted.add(expected.get(1).decision().outcome().name()); // the second file holds the second request
    assertThat(outcomes).isEqualTo(wanted);
    assertThat(exit).isEqualTo(Jiceng.FINDINGS);
  }

  @Test
  void exitCodeIsZeroWhenEveryRequestIsAdmittedAndChineseReadsInChinese() {
    assertThat(expected.get(1).decision().outcome()).isEqualTo(AdmissionOutcome.ADMITTED_ON_LIST);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = run(out, new ByteArrayOutputStream(), "admit", admittedOnly.toString(), "--pack", "chongqing",
        "--locale", "zh-CN");
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("listed.ndjson:1 " + expected.get(1).decision().explain(Locale.SIMPLIFIED_CHINESE))
        .contains("申请 1 件（" + AdmissionOutcome.ADMITTED_ON_LIST.displayName(Locale.SIMPLIFIED_CHINESE) + " 1 件");
    assertThat(exit).isEqualTo(Jiceng.OK);
  }

  @Test
  void theDecisionDateDatesEveryDecision() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    run(out, new ByteArrayOutputStream(), "admit", admittedOnly.toString(), "--pack", "chongqing", "--format",
        "ndjson", "--decision-date", "2025-04-01");
    JsonNode decision = JSON.readTree(out.toString(StandardCharsets.UTF_8).split("\n")[0]);
    assertThat(decision.get("decision").get("date").asText()).isEqualTo("2025-04-01");
  }

  @Test
  void aMissingFileOrABadDateIsOneLineAndExitCode2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(run(new ByteArrayOutputStream(), err, "admit", temp.resolve("none.ndjson").toString()))
        .isEqualTo(Jiceng.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("jiceng: ").doesNotContain("\n");
    ByteArrayOutputStream dateErr = new ByteArrayOutputStream();
    assertThat(run(new ByteArrayOutputStream(), dateErr, "admit", requests.toString(), "--decision-date",
        "2025-13-01")).isEqualTo(Jiceng.USAGE);
    assertThat(dateErr.toString(StandardCharsets.UTF_8)).contains("expected a date YYYY-MM-DD")
        .doesNotContain("Exception");
  }
}

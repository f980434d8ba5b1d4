package io.github.jiceng.governance.json.burden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.CatalogueDiff;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.json.GovernanceJson;
import io.github.jiceng.governance.json.ReadResult;
import io.github.jiceng.governance.json.RecordReader;
import io.github.jiceng.governance.rules.Validator;
import io.github.jiceng.governance.rules.burden.BundledCatalogues;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Bulk admission over a file of mixed records, with the Chongqing pack and the worked example of
 * docs/domain/four-lists.md (渝北区, 2025): exact decisions, findings, NDJSON lines and accounting.
 */
class AdmissionBatchTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final DivisionCode COMMUNITY = DivisionCode.parse("500112001001");
  private static final DivisionCode VILLAGE = DivisionCode.parse("500112101201");
  private static final AdmissionBatch BATCH = AdmissionBatch.of(Validator.of(StandardPacks.chongqing()));

  private static AdmissionRequest request(String id, String task, LocalDate start, FundingOffer funding,
      boolean proposesAddition, String... itemIds) {
    return AdmissionRequest.builder()
        .id(id).date(LocalDate.of(2025, 3, 3))
        .requestingDepartment("渝北区城市管理局").departmentJurisdiction(DivisionCode.parse("500112"))
        .task(task).addItemIds(itemIds).addTargets(COMMUNITY, VILLAGE)
        .periodStart(start).funding(funding).proposesListAddition(proposesAddition)
        .build();
  }

  /** Seven records: five requests, one catalogue (another record type) and one broken line. */
  private static List<String> records() throws Exception {
    LocalDate later = LocalDate.of(2025, 6, 2);
    List<String> lines = new ArrayList<>();
    lines.add(MAPPER.writeValueAsString(request("YB-2025-014", "城市管理", LocalDate.of(2025, 4, 1),
        FundingOffer.FUNDS_FOLLOW_TASK, false, "cq.a21")));
    lines.add(MAPPER.writeValueAsString(request("YB-2025-015", "协助开展农村人居环境整治", LocalDate.of(2025, 4, 21),
        FundingOffer.FUNDS_FOLLOW_TASK, false, "cq.a21")));
    lines.add(MAPPER.writeValueAsString(request("YB-2025-016", "垃圾分类入户宣传", later,
        FundingOffer.PURCHASE_OF_SERVICES, false)));
    lines.add(MAPPER.writeValueAsString(request("YB-2025-017", "垃圾分类入户宣传", later, FundingOffer.NONE, true)));
    lines.add(MAPPER.writeValueAsString(BundledCatalogues.CHONGQING.catalogues().all().get(0)));
    lines.add("{\"type\": \"admission-request\", \"id\": ");
    lines.add(MAPPER.writeValueAsString(request("YB-2025-018", "垃圾分类入户宣传", later, FundingOffer.NONE, false)));
    return lines;
  }

  private static byte[] ndjson() throws Exception {
    return (String.join("\n", records()) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void everyRequestGetsItsDecisionAndEveryRecordIsCounted() throws Exception {
    List<BatchDecision> decisions = new ArrayList<>();
    AdmissionBatchSummary summary = BATCH.run(new ByteArrayInputStream(ndjson()), decisions::add);

    assertThat(decisions).extracting(d -> d.request().id())
        .containsExactly("YB-2025-014", "YB-2025-015", "YB-2025-016", "YB-2025-017", "YB-2025-018");
    assertThat(decisions).extracting(d -> d.decision().outcome()).containsExactly(AdmissionOutcome.REFUSED,
        AdmissionOutcome.ADMITTED_ON_LIST, AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES,
        AdmissionOutcome.REFERRED_FOR_APPROVAL, AdmissionOutcome.REFUSED);
    assertThat(decisions).extracting(BatchDecision::record).containsExactly(1L, 2L, 3L, 4L, 7L);
    assertThat(decisions).extracting(BatchDecision::line).containsExactly(1, 2, 3, 4, 7);
    assertThat(decisions.get(3).decision().referredTo()).contains(DivisionCode.parse("500000"));
    assertThat(decisions).extracting(d -> d.findings().stream().map(f -> f.code().value()).sorted()
        .collect(Collectors.toList())).containsExactly(
            List.of("burden.admission.late-application", "burden.admission.negative-list"),
            List.of(),
            List.of(),
            List.of("burden.admission.not-listed"),
            List.of("burden.admission.not-listed"));
    assertThat(decisions.get(0).decision().explain(Locale.SIMPLIFIED_CHINESE)).isEqualTo("YB-2025-014：不予准入。理由："
        + "属于yubei@2023+chongqing@2024负面事项清单第cq.n02项“城市管理”，不得交由村（社区）承担（依据：重庆市《村（社区）"
        + "工作准入事项管理办法》（2024年，据wxredian.com“减负赋能”报道，单一来源））。");
    assertThat(decisions).allSatisfy(d -> assertThat(d.decision().date()).isEqualTo(LocalDate.of(2025, 3, 3)));

    assertThat(summary.read()).isEqualTo(7);
    assertThat(summary.requests()).isEqualTo(5);
    assertThat(summary.count(AdmissionOutcome.ADMITTED_ON_LIST)).isEqualTo(1);
    assertThat(summary.count(AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES)).isEqualTo(1);
    assertThat(summary.count(AdmissionOutcome.REFERRED_FOR_APPROVAL)).isEqualTo(1);
    assertThat(summary.count(AdmissionOutcome.REFUSED)).isEqualTo(2);
    assertThat(summary.otherRecords()).isEqualTo(1);
    assertThat(summary.unreadable()).isEqualTo(1);
    assertThat(summary).hasToString("AdmissionBatchSummary[7 read: 5 requests (1 admitted on list, 1 by purchase of"
        + " services, 1 referred, 2 refused), 1 other, 1 unreadable]");
  }

  @Test
  void theNdjsonOutputHasOneLinePerRequestAndUnreadableRecordThenTheSummary() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AdmissionBatchSummary summary = BATCH.run(new ByteArrayInputStream(ndjson()), out);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isEmpty()) {
        lines.add(MAPPER.readTree(line));
      }
    }

    assertThat(lines).extracting(l -> l.get("kind").asText())
        .containsExactly("decision", "decision", "decision", "decision", "unreadable", "decision", "summary");
    JsonNode first = lines.get(0);
    assertThat(first.get("record").asLong()).isEqualTo(1);
    assertThat(first.get("requestId").asText()).isEqualTo("YB-2025-014");
    assertThat(first.get("outcome").asText()).isEqualTo("REFUSED");
    assertThat(first.get("explanation").get("zh-CN").asText()).startsWith("YB-2025-014：不予准入。");
    assertThat(first.get("explanation").get("en").asText()).startsWith("YB-2025-014: refused.");
    ReadResult<Object> decision = RecordReader.create().readRecord(MAPPER.writeValueAsString(first.get("decision")));
    assertThat(decision.findings()).isEmpty();
    assertThat(decision.value()).get().isInstanceOf(AdmissionDecision.class)
        .extracting(d -> ((AdmissionDecision) d).outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    assertThat(first.get("findings")).extracting(f -> f.get("code").asText())
        .containsExactlyInAnyOrder("burden.admission.negative-list", "burden.admission.late-application");
    assertThat(first.get("findings").get(0).get("messages").get("en").asText()).isNotBlank();

    JsonNode unreadable = lines.get(4);
    assertThat(unreadable.get("record").asLong()).isEqualTo(6);
    assertThat(unreadable.get("line").asInt()).isEqualTo(6);
    assertThat(unreadable.get("findings").get(0).get("code").asText()).startsWith("json.");

    JsonNode last = lines.get(6);
    assertThat(last.get("read").asLong()).isEqualTo(7);
    assertThat(last.get("requests").asLong()).isEqualTo(5);
    assertThat(last.get("admittedOnList").asLong()).isEqualTo(1);
    assertThat(last.get("admittedByPurchaseOfServices").asLong()).isEqualTo(1);
    assertThat(last.get("referredForApproval").asLong()).isEqualTo(1);
    assertThat(last.get("refused").asLong()).isEqualTo(2);
    assertThat(last.get("otherRecords").asLong()).isEqualTo(1);
    assertThat(last.get("unreadable").asLong()).isEqualTo(1);
    assertThat(summary.read()).isEqualTo(7);
  }

  @Test
  void aJsonArrayGivesTheSameDecisionsAndADecisionDateCanBeSet() throws Exception {
    List<String> records = records();
    records.remove(5);
    byte[] array = ("[" + String.join(",\n", records) + "]").getBytes(StandardCharsets.UTF_8);
    List<BatchDecision> decisions = new ArrayList<>();
    AdmissionBatchSummary summary = BATCH.withDecisionDate(LocalDate.of(2025, 3, 10))
        .run(new ByteArrayInputStream(array), decisions::add);

    assertThat(summary.read()).isEqualTo(6);
    assertThat(summary.unreadable()).isZero();
    assertThat(decisions).extracting(d -> d.decision().outcome()).containsExactly(AdmissionOutcome.REFUSED,
        AdmissionOutcome.ADMITTED_ON_LIST, AdmissionOutcome.ADMITTED_BY_PURCHASE_OF_SERVICES,
        AdmissionOutcome.REFERRED_FOR_APPROVAL, AdmissionOutcome.REFUSED);
    assertThat(decisions).allSatisfy(d -> assertThat(d.decision().date()).isEqualTo(LocalDate.of(2025, 3, 10)));
  }

  @Test
  void gzipInputIsReadAsWell() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(ndjson());
    }
    AdmissionBatchSummary plain = BATCH.run(new ByteArrayInputStream(ndjson()), decision -> { });

    assertThat(BATCH.run(new ByteArrayInputStream(zipped.toByteArray()), decision -> { })).isEqualTo(plain);
    assertThat(plain.read()).isEqualTo(7);
  }

  @Test
  void whatChangedForAVillageBetweenTwoCatalogueVersions() {
    CatalogueDiff diff = BATCH.changesFor(VILLAGE, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1));

    assertThat(diff.from()).isEqualTo("yubei@2023+chongqing@2019");
    assertThat(diff.to()).isEqualTo("yubei@2023+chongqing@2024");
    assertThat(diff.added()).extracting(WorkItem::id)
        .containsExactly("cq.n01", "cq.n02", "cq.n03", "cq.n04", "cq.n05", "cq.n06", "cq.n07");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
    assertThat(AdmissionBatch.of(Validator.of(StandardPacks.national()))
        .changesFor(VILLAGE, LocalDate.of(2024, 6, 1), LocalDate.of(2025, 6, 1)).added()).isEmpty();
  }
}

package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.Documents.at;
import static io.github.jiceng.governance.json.Documents.atLast;
import static io.github.jiceng.governance.json.Documents.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jiceng.governance.core.burden.AdmissionDecision;
import io.github.jiceng.governance.core.burden.AdmissionOutcome;
import io.github.jiceng.governance.core.burden.AdmissionRequest;
import io.github.jiceng.governance.core.burden.AssignmentMode;
import io.github.jiceng.governance.core.burden.CertificateRequest;
import io.github.jiceng.governance.core.burden.FundingOffer;
import io.github.jiceng.governance.core.burden.ImmutableAdmissionRequest;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.Severity;
import io.github.jiceng.governance.rules.burden.AdmissionReview;
import io.github.jiceng.governance.rules.burden.BundledCatalogues;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * JSON of the burden records (admission requests and decisions, certificate requests, list catalogues): round trips
 * of the test kit's cases and of the bundled Chongqing catalogues, and findings at the right place for the problems
 * these types bring (money, collections, maps, defaults, nested values), built on the 渝北区 example of
 * docs/domain/four-lists.md.
 */
class BurdenJsonTest {
  private static final ObjectMapper MAPPER = GovernanceJson.mapper();
  private static final RecordReader READER = RecordReader.create();

  /** The request YB-2025-014 of the worked example, as the wire format writes it, one property per line. */
  private static final String YB_2025_014 = lines(
      "{",
      "  \"type\": \"admission-request\",",
      "  \"id\": \"YB-2025-014\",",
      "  \"date\": \"2025-03-03\",",
      "  \"requestingDepartment\": \"渝北区城市管理局\",",
      "  \"departmentJurisdiction\": \"500112000000\",",
      "  \"task\": \"城市管理\",",
      "  \"itemIds\": [\"cq.a21\"],",
      "  \"targets\": [\"500112001001\", \"500112101201\"],",
      "  \"periodStart\": \"2025-04-01\",",
      "  \"funding\": \"FUNDS_FOLLOW_TASK\",",
      "  \"fundingAmount\": \"120000.00\",",
      "  \"mode\": \"APPLICATION\",",
      "  \"proposesListAddition\": false",
      "}");

  /** The same request built as in docs/domain/four-lists.md. */
  private static AdmissionRequest request() {
    return AdmissionRequest.builder()
        .id("YB-2025-014").date(LocalDate.of(2025, 3, 3))
        .requestingDepartment("渝北区城市管理局").departmentJurisdiction(DivisionCode.parse("500112"))
        .task("城市管理").addItemIds("cq.a21")
        .addTargets(DivisionCode.parse("500112001001"), DivisionCode.parse("500112101201"))
        .periodStart(LocalDate.of(2025, 4, 1)).funding(FundingOffer.FUNDS_FOLLOW_TASK)
        .fundingAmount(new BigDecimal("120000.00"))
        .build();
  }

  private static Finding only(ReadResult<?> result) {
    assertThat(result.findings()).hasSize(1);
    return result.findings().get(0);
  }

  private static void assertFinding(Finding finding, FindingCode code, Location location) {
    assertThat(finding.code()).isEqualTo(code);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.location()).isEqualTo(location);
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).isNotBlank().isNotEqualTo(finding.message(Locale.ENGLISH));
  }

  @Test
  void admissionRequests() {
    RoundTripPropertiesTest.roundTrips(BurdenSamples::admissionRequest, AdmissionRequest.class);
  }

  @Test
  void admissionDecisionsOfTheReview() {
    RoundTripPropertiesTest.roundTrips(BurdenSamples::admissionDecision, AdmissionDecision.class);
  }

  @Test
  void certificateRequests() {
    RoundTripPropertiesTest.roundTrips(BurdenSamples::certificateRequest, CertificateRequest.class);
  }

  @Test
  void listCatalogues() {
    RoundTripPropertiesTest.roundTrips(BurdenSamples::listCatalogue, ListCatalogue.class);
  }

  @Test
  void burdenRecordsAreReadByTheirTypeProperty() {
    qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
      Object record = new Object[] {BurdenSamples.admissionRequest(seed), BurdenSamples.admissionDecision(seed),
          BurdenSamples.certificateRequest(seed), BurdenSamples.listCatalogue(seed)}[(int) Math.floorMod(seed, 4L)];
      ReadResult<Object> read = READER.readRecord(RoundTripPropertiesTest.write(MAPPER, record));
      assertThat(read.findings()).isEmpty();
      assertThat(read.value()).contains(record);
    });
  }

  @Test
  void mutatedBurdenDocumentsGiveFindingsNeverExceptions() {
    qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      Object record = new Object[] {BurdenSamples.admissionRequest(seed), BurdenSamples.admissionDecision(seed),
          BurdenSamples.certificateRequest(seed), BurdenSamples.listCatalogue(seed)}[random.nextInt(4)];
      String json = RobustnessPropertiesTest.mutate(RoundTripPropertiesTest.write(MAPPER, record), random);
      RobustnessPropertiesTest.checkWellFormed(json, READER.readRecord(json));
      RobustnessPropertiesTest.checkWellFormed(json, READER.read(json, record.getClass()));
    });
  }

  @Test
  void theBundledChongqingCataloguesRoundTrip() throws Exception {
    assertThat(BundledCatalogues.CHONGQING.catalogues().all()).hasSizeGreaterThanOrEqualTo(4);
    for (ListCatalogue catalogue : BundledCatalogues.CHONGQING.catalogues().all()) {
      String json = MAPPER.writeValueAsString(catalogue);
      ReadResult<ListCatalogue> read = READER.read(json, ListCatalogue.class);
      assertThat(read.findings()).isEmpty();
      assertThat(read.value()).contains(catalogue);
      assertThat(read.value().orElseThrow().ref()).isEqualTo(catalogue.ref());
    }
  }

  @Test
  void theWorkedExampleReadsAsBuiltAndItsDecisionRoundTrips() throws Exception {
    ReadResult<AdmissionRequest> read = READER.read(YB_2025_014, AdmissionRequest.class);
    assertThat(read.findings()).isEmpty();
    assertThat(read.value()).contains(request());
    AdmissionDecision decision = AdmissionReview.of(BundledCatalogues.CHONGQING.catalogues())
        .decide(request(), LocalDate.of(2025, 3, 10));
    assertThat(decision.outcome()).isEqualTo(AdmissionOutcome.REFUSED);
    String json = MAPPER.writeValueAsString(decision);
    assertThat(json).startsWith("{\"type\":\"admission-decision\",\"requestId\":\"YB-2025-014\",")
        .contains("\"itemId\":\"cq.n02\"", "\"list\":\"NEGATIVE\"").doesNotContain("referredTo");
    assertThat(READER.read(json, AdmissionDecision.class).value()).contains(decision);
  }

  @Test
  void moneyIsADecimalStringThatKeepsItsScale() throws Exception {
    assertThat(MAPPER.writeValueAsString(request())).contains("\"fundingAmount\":\"120000.00\"");
    AdmissionRequest tiny = ImmutableAdmissionRequest.copyOf(request()).withFundingAmount(new BigDecimal("1E-7"));
    assertThat(MAPPER.writeValueAsString(tiny)).contains("\"fundingAmount\":\"0.0000001\"");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(tiny), AdmissionRequest.class)).isEqualTo(tiny);

    String number = YB_2025_014.replace("\"120000.00\"", "120000.00");
    Finding wrongType = only(READER.read(number, AdmissionRequest.class));
    assertFinding(wrongType, JsonFindingCodes.WRONG_TYPE, at("/fundingAmount", number, "120000.00"));
    assertThat(wrongType.message(Locale.ENGLISH)).isEqualTo(
        "/fundingAmount is a number; expected a string (a decimal number such as 100000.00)");
    for (String bad : new String[] {"\"1.2E5\"", "\"+5\"", "\" 5\"", "\"5.\"", "\"0120000\"", "\"\"", "\"十二万\""}) {
      String json = YB_2025_014.replace("\"120000.00\"", bad);
      Finding invalid = only(READER.read(json, AdmissionRequest.class));
      assertFinding(invalid, JsonFindingCodes.INVALID_VALUE, at("/fundingAmount", json, bad));
      assertThat(invalid.attribute("value")).contains(bad.substring(1, bad.length() - 1));
    }
    ReadResult<AdmissionRequest> absent = READER.read(YB_2025_014.replace("\"120000.00\"", "null"),
        AdmissionRequest.class);
    assertThat(absent.findings()).isEmpty();
    assertThat(absent.value().orElseThrow().fundingAmount()).isEmpty();
  }

  @Test
  void defaultsMayBeLeftOutButNotNull() {
    String withoutDefaults =
        YB_2025_014.replace(",\n  \"mode\": \"APPLICATION\",\n  \"proposesListAddition\": false", "");
    assertThat(withoutDefaults).doesNotContain("mode");
    ReadResult<AdmissionRequest> read = READER.read(withoutDefaults, AdmissionRequest.class);
    assertThat(read.findings()).isEmpty();
    assertThat(read.value().orElseThrow().mode()).isEqualTo(AssignmentMode.APPLICATION);
    assertThat(read.value().orElseThrow().proposesListAddition()).isFalse();
    String nullMode = YB_2025_014.replace("\"APPLICATION\"", "null");
    assertFinding(only(READER.read(nullMode, AdmissionRequest.class)), JsonFindingCodes.NULL_VALUE,
        at("/mode", nullMode, "null"));
  }

  @Test
  void collectionsMayBeLeftOutButTheirElementsNotNull() {
    String noItems = YB_2025_014.replace("  \"itemIds\": [\"cq.a21\"],\n", "");
    assertThat(READER.read(noItems, AdmissionRequest.class).value().orElseThrow().itemIds()).isEmpty();
    String nullItems = YB_2025_014.replace("[\"cq.a21\"]", "null");
    assertThat(READER.read(nullItems, AdmissionRequest.class).value().orElseThrow().itemIds()).isEmpty();

    String nullTarget = YB_2025_014.replace("\"500112101201\"]", "null]");
    Finding finding = only(READER.read(nullTarget, AdmissionRequest.class));
    assertFinding(finding, JsonFindingCodes.NULL_VALUE, at("/targets/1", nullTarget, "null]"));
    assertThat(finding.message(Locale.ENGLISH)).contains("a 6- or 12-digit division code");

    String badTarget = YB_2025_014.replace("\"500112101201\"", "\"5001121O1201\"");
    Finding identifier = only(READER.read(badTarget, AdmissionRequest.class));
    assertFinding(identifier, JsonFindingCodes.INVALID_VALUE, at("/targets/1", badTarget, "\"5001121O1201\""));
    assertThat(identifier.attribute("problemCode")).contains("id.division-code.character");

    String noTargets = YB_2025_014.replace("[\"500112001001\", \"500112101201\"]", "[]");
    Finding check = only(READER.read(noTargets, AdmissionRequest.class));
    assertFinding(check, JsonFindingCodes.INVALID_VALUE, atLast("", noTargets, "}"));
    assertThat(check.attribute("variant")).contains("check");
    assertThat(check.message(Locale.ENGLISH)).contains("has no targets");
  }

  @Test
  void aMissingRequiredAttributeAndAnUnknownOne() {
    String missing = YB_2025_014.replace("  \"funding\": \"FUNDS_FOLLOW_TASK\",\n", "");
    Finding finding = only(READER.read(missing, AdmissionRequest.class));
    assertFinding(finding, JsonFindingCodes.MISSING_PROPERTY, atLast("/funding", missing, "}"));
    assertThat(finding.message(Locale.ENGLISH))
        .isEqualTo("/funding: the required property \"funding\" of admission-request is missing");

    String unknown = YB_2025_014.replace("\"task\":", "\"taskName\": \"城市管理\",\n  \"task\":");
    ReadResult<AdmissionRequest> read = READER.read(unknown, AdmissionRequest.class);
    assertThat(read.value()).contains(request());
    assertFinding(only(read), JsonFindingCodes.UNKNOWN_PROPERTY, at("/taskName", unknown, "\"城市管理\",\n  \"task\":"));
    assertThat(only(read).attribute("known")).hasValueSatisfying(known -> assertThat(known)
        .contains("fundingAmount", "itemIds", "proposesListAddition", "type").doesNotContain("taskName"));
  }

  /** A catalogue with its nested approval path and items, one property or item per line. */
  private static String yubei(String statedCounts, String secondItem) {
    return lines(
        "{",
        "  \"type\": \"list-catalogue\",",
        "  \"id\": \"yubei\",",
        "  \"version\": \"2023\",",
        "  \"jurisdiction\": \"500112\",",
        "  \"title\": \"渝北区村（社区）工作事项“四张清单”（2023年）\",",
        "  \"sourceDocument\": \"重庆市民政局网站2023-02-01渝北区减负增效报道（单一来源）\",",
        "  \"effectiveFrom\": \"2023-02-01\",",
        "  \"approvalPath\": {\"proposer\": \"500112\", \"approver\": \"500000\"},",
        "  \"items\": [",
        "    {\"id\": \"yb.n01\", \"kind\": \"NEGATIVE\", \"name\": \"行政执法\"},",
        "    " + secondItem,
        "  ],",
        "  \"statedCounts\": " + statedCounts,
        "}");
  }

  @Test
  void nestedValuesAndMapsHaveNestedPointers() {
    String good = yubei("{\"NEGATIVE\": 7}", "{\"id\": \"yb.s09\", \"kind\": \"SELF_GOVERNANCE\", \"name\": \"管理集体财产\","
        + " \"level\": \"VILLAGE\", \"illustrative\": true}");
    ReadResult<ListCatalogue> read = READER.read(good, ListCatalogue.class);
    assertThat(read.findings()).isEmpty();
    ListCatalogue catalogue = read.value().orElseThrow();
    assertThat(catalogue.ref()).isEqualTo("yubei@2023");
    assertThat(catalogue.statedCounts()).containsExactly(java.util.Map.entry(ListKind.NEGATIVE, 7));
    assertThat(catalogue.approvalPath().orElseThrow().approver()).isEqualTo(DivisionCode.parse("500000"));
    assertThat(catalogue.find("yb.s09").orElseThrow().illustrative()).isTrue();

    String unknownList = yubei("{\"NEGATIVE\": 7, \"POSITIVE\": 3}",
        "{\"id\": \"yb.s09\", \"kind\": \"SELF_GOVERNANCE\", \"name\": \"管理集体财产\"}");
    Finding key = only(READER.read(unknownList, ListCatalogue.class));
    assertFinding(key, JsonFindingCodes.INVALID_VALUE, at("/statedCounts/POSITIVE", unknownList, "\"POSITIVE\""));
    assertThat(key.attributes()).containsEntry("variant", "enum").containsEntry("allowed",
        Arrays.stream(ListKind.values()).map(Enum::name).collect(Collectors.joining(", ")));

    String nullCount = yubei("{\"NEGATIVE\": null}",
        "{\"id\": \"yb.s09\", \"kind\": \"SELF_GOVERNANCE\", \"name\": \"x\"}");
    assertFinding(only(READER.read(nullCount, ListCatalogue.class)), JsonFindingCodes.NULL_VALUE,
        at("/statedCounts/NEGATIVE", nullCount, "null"));

    String noName = yubei("{}", "{\"id\": \"yb.s09\", \"kind\": \"SELF_GOVERNANCE\"}");
    Finding missing = only(READER.read(noName, ListCatalogue.class));
    assertFinding(missing, JsonFindingCodes.MISSING_PROPERTY, atLast("/items/1/name", noName, "}\n  ],"));
    assertThat(missing.attribute("recordType")).contains("work-item");

    String badKind = yubei("{}", "{\"id\": \"yb.s09\", \"kind\": \"SELF\", \"name\": \"x\"}");
    assertFinding(only(READER.read(badKind, ListCatalogue.class)), JsonFindingCodes.INVALID_VALUE,
        at("/items/1/kind", badKind, "\"SELF\""));

    String commitment = yubei("{}", "{\"id\": \"yb.s09\", \"kind\": \"SELF_GOVERNANCE\", \"name\": \"x\","
        + " \"commitmentReplaces\": true}");
    Finding check = only(READER.read(commitment, ListCatalogue.class));
    assertFinding(check, JsonFindingCodes.INVALID_VALUE, atLast("/items/1", commitment, "}\n  ],"));
    assertThat(check.message(Locale.ENGLISH)).contains("only a CERTIFICATE item can be replaced");
  }

  @Test
  void anApplicantsResidentIdNumberIsWrittenInClearAndNeverShownInAFinding() throws Exception {
    CertificateRequest request = CertificateRequest.builder().id("C-2025-0031").date(LocalDate.of(2025, 4, 2))
        .community(DivisionCode.parse("500113002001")).certificate("亲属关系证明")
        .applicant(ResidentIdNumber.parse("11010519491231002X")).build();
    String json = MAPPER.writeValueAsString(request);
    assertThat(json).contains("\"applicant\":\"11010519491231002X\"");
    assertThat(READER.read(json, CertificateRequest.class).value()).contains(request);

    String wrong = json.replace("11010519491231002X", "110105194912310021");
    Finding finding = only(READER.read(wrong, CertificateRequest.class));
    assertFinding(finding, JsonFindingCodes.INVALID_VALUE, at("/applicant", wrong, "\"110105194912310021\""));
    assertThat(finding.attribute("value")).contains("110105********0021");
    assertThat(finding.message(Locale.ENGLISH) + finding.message(Locale.SIMPLIFIED_CHINESE) + finding.attributes()
        + finding).doesNotContain("110105194912310021");
  }
}

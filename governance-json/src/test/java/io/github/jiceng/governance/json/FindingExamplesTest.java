package io.github.jiceng.governance.json;

import static io.github.jiceng.governance.json.Documents.at;
import static io.github.jiceng.governance.json.Documents.atLast;
import static io.github.jiceng.governance.json.Documents.lines;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.core.id.DivisionCode;
import io.github.jiceng.governance.core.id.ResidentIdNumber;
import io.github.jiceng.governance.core.id.UnifiedSocialCreditCode;
import io.github.jiceng.governance.core.id.VillageKind;
import io.github.jiceng.governance.core.territory.District;
import io.github.jiceng.governance.core.territory.DistrictKind;
import io.github.jiceng.governance.core.territory.Territory;
import io.github.jiceng.governance.core.territory.Township;
import io.github.jiceng.governance.core.territory.Village;
import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.FindingCode;
import io.github.jiceng.governance.rules.Location;
import io.github.jiceng.governance.rules.RecordTypes;
import io.github.jiceng.governance.rules.Severity;
import java.io.Reader;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One example per finding id, built from the Kaizhou domain notes (开州区 500154, 汉丰街道 金州社区, 满月镇 皓月社区 and
 * 顶星村; the codes below the district are illustrative), with the JSON Pointer, line and column asserted. Positions
 * are found in the document text by {@link Documents}, independently of the reader.
 */
class FindingExamplesTest {
  private static final RecordReader READER = RecordReader.create();

  /** 金州社区 as the wire format writes it, one property per line. */
  private static final String JINZHOU = lines(
      "{",
      "  \"type\": \"village\",",
      "  \"code\": \"500154001001\",",
      "  \"name\": \"金州社区\",",
      "  \"kind\": \"COMMUNITY\",",
      "  \"townshipCode\": \"500154001000\",",
      "  \"urbanRuralClass\": \"MAIN_URBAN_AREA\"",
      "}");

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
  void aCleanRecordHasNoFinding() {
    ReadResult<Village> result = READER.read(JINZHOU, Village.class);
    assertThat(result.findings()).isEmpty();
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.value()).hasValueSatisfying(village -> {
      assertThat(village.code()).isEqualTo(DivisionCode.parse("500154001001"));
      assertThat(village.name()).isEqualTo("金州社区");
      assertThat(village.kind()).isEqualTo(VillageKind.COMMUNITY);
    });
    assertThat(result.subject().type()).isEqualTo("village");
  }

  @Test
  void syntaxErrorWithPointerLineAndColumn() {
    String json = JINZHOU.replace("\"kind\": \"COMMUNITY\"", "\"kind\" \"COMMUNITY\"");
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isEmpty();
    assertFinding(only(result), JsonFindingCodes.SYNTAX, at("/kind", json, "\"COMMUNITY\""));
    assertThat(only(result).message(Locale.ENGLISH)).contains("colon");
  }

  @Test
  void emptyAndNullDocumentsAreSyntaxFindings() {
    for (ReadResult<?> result : List.of(READER.read((String) null, Village.class), READER.read("", Village.class),
        READER.read(" \n\t ", Village.class), READER.read((byte[]) null, Village.class),
        READER.read(new byte[0], Village.class), READER.read((Reader) null, Village.class),
        READER.readRecord((String) null))) {
      assertFinding(only(result), JsonFindingCodes.SYNTAX, Location.root());
      assertThat(only(result).attribute("variant")).contains("empty");
      assertThat(result.value()).isEmpty();
    }
  }

  @Test
  void contentAfterTheRecordIsASyntaxFinding() {
    String json = JINZHOU + "\n{}";
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isEmpty();
    assertFinding(only(result), JsonFindingCodes.SYNTAX, atLast("", json, "{}"));
    assertThat(only(result).attribute("variant")).contains("trailing");
  }

  @Test
  void bytesThatAreNotUtf8AreASyntaxFindingWithTheirOffset() {
    byte[] good = JINZHOU.getBytes(UTF_8);
    int offset = JINZHOU.substring(0, JINZHOU.indexOf("金州")).getBytes(UTF_8).length;
    byte[] bad = good.clone();
    bad[offset] = (byte) 0xFF;
    ReadResult<Village> result = READER.read(bad, Village.class);
    assertFinding(only(result), JsonFindingCodes.SYNTAX, at("", JINZHOU, "金州"));
    assertThat(only(result).attribute("offset")).contains(Integer.toString(offset));
    assertThat(only(result).attribute("variant")).contains("encoding");
  }

  @Test
  void aByteOrderMarkIsIgnoredAndColumnsCountCharacters() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String json = JINZHOU.replace("\"kind\": \"COMMUNITY\"", "\"kind\": \"社区\"");
    byte[] utf8 = json.getBytes(UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
    Location expected = at("/kind", json, "\"社区\"");
    assertThat(only(READER.read(withBom, Village.class)).location()).isEqualTo(expected);
    assertThat(only(READER.read(json, Village.class)).location()).isEqualTo(expected);
    assertThat(only(READER.read(new StringReader(json), Village.class)).location()).isEqualTo(expected);
  }

  @Test
  void exceedingTheNestingLimitIsASyntaxFinding() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    String json = JINZHOU.replace("\"type\": \"village\",", "\"type\": \"village\", \"remark\": " + deep + ",");
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isEmpty();
    Finding limit = Documents.withCode(result, JsonFindingCodes.SYNTAX).get(0);
    assertThat(limit.attribute("variant")).contains("limit");
    assertThat(limit.message(Locale.ENGLISH)).contains("1000");
    assertThat(limit.location().pointer().tokens()).hasSize(ReadProblems.MAX_SYNTAX_DEPTH).startsWith("remark");
    assertThat(limit.location().line()).hasValue(2);
  }

  @Test
  void everyUnknownPropertyIsAFindingAndTheRecordIsStillRead() {
    String json = JINZHOU.replace("\"name\": \"金州社区\",",
        "\"name\": \"金州社区\",\n  \"households\": 3000,\n  \"method\": {\"name\": \"五情工作法\"},");
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isPresent();
    assertThat(result.findings()).hasSize(2);
    assertFinding(result.findings().get(0), JsonFindingCodes.UNKNOWN_PROPERTY, at("/households", json, "3000"));
    assertFinding(result.findings().get(1), JsonFindingCodes.UNKNOWN_PROPERTY, at("/method", json, "{\"name\""));
    assertThat(result.findings().get(0).attribute("known"))
        .contains("[abolished, code, established, kind, name, townshipCode, type, urbanRuralClass]");
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void unknownPropertiesCanBeWarningsOrIgnored() {
    String json = JINZHOU.replace("\"name\": \"金州社区\",", "\"name\": \"金州社区\", \"households\": 3000,");
    ReadResult<Village> warned = RecordReader.builder().unknownProperties(UnknownPropertyPolicy.WARNING).build()
        .read(json, Village.class);
    assertThat(only(warned).severity()).isEqualTo(Severity.WARNING);
    assertThat(only(warned).code()).isEqualTo(JsonFindingCodes.UNKNOWN_PROPERTY);
    assertThat(warned.hasErrors()).isFalse();
    assertThat(warned.value()).isPresent();
    ReadResult<Village> ignored = RecordReader.builder().unknownProperties(UnknownPropertyPolicy.IGNORE).build()
        .read(json, Village.class);
    assertThat(ignored.findings()).isEmpty();
    assertThat(ignored.value()).isEqualTo(READER.read(JINZHOU, Village.class).value());
  }

  @Test
  void aValueOfTheWrongJsonType() {
    String json = JINZHOU.replace("\"500154001001\"", "500154001001");
    Finding finding = only(READER.read(json, Village.class));
    assertFinding(finding, JsonFindingCodes.WRONG_TYPE, at("/code", json, "500154001001"));
    assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
        "/code is a number; expected a string (a 6- or 12-digit division code)");
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("/code是数字，应为字符串（6 位或 12 位行政区划代码）");
  }

  @Test
  void anIdentifierErrorIsAnInvalidValueWithTheIdentifierProblem() {
    String json = JINZHOU.replace("\"500154001001\"", "\"5001540O1001\"");
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isEmpty();
    Finding finding = only(result);
    assertFinding(finding, JsonFindingCodes.INVALID_VALUE, at("/code", json, "\"5001540O1001\""));
    assertThat(finding.attributes()).containsEntry("problem", "CHARACTER").containsEntry("position", "8")
        .containsEntry("problemCode", "id.division-code.character").containsEntry("value", "5001540O1001")
        .containsEntry("identifier", "division code");
    assertThat(finding.message(Locale.SIMPLIFIED_CHINESE)).contains("行政区划代码", "第8位", "非法字符");
    assertThat(finding.message(Locale.ENGLISH)).contains("division code", "position 8", "character not allowed");
  }

  @Test
  void identifierErrorsInsideAnArrayPointToTheElement() {
    String codes = lines("[", "  \"91310110666007217T\",", "  \"91310110666007217A\"", "]");
    Finding credit = only(READER.read(codes, UnifiedSocialCreditCode[].class));
    assertFinding(credit, JsonFindingCodes.INVALID_VALUE, at("/1", codes, "\"91310110666007217A\""));
    assertThat(credit.attributes()).containsEntry("problemCode", "id.uscc.check-character")
        .containsEntry("problem", "CHECK_CHARACTER").containsEntry("position", "18");

    String ids = lines("[", "  \"11010519491231002X\",", "  \"110105194912310021\"", "]");
    Finding resident = only(READER.read(ids, ResidentIdNumber[].class));
    assertFinding(resident, JsonFindingCodes.INVALID_VALUE, at("/1", ids, "\"110105194912310021\""));
    assertThat(resident.attributes()).containsEntry("problemCode", "id.resident-id.check-character")
        .containsEntry("value", "110105********0021");
    assertThat(resident.message(Locale.ENGLISH) + resident.message(Locale.SIMPLIFIED_CHINESE)
        + resident.attributes() + resident.location()).doesNotContain("110105194912310021");
  }

  @Test
  void anEnumConstantThatDoesNotExist() {
    String json = JINZHOU.replace("\"COMMUNITY\"", "\"community\"");
    Finding finding = only(READER.read(json, Village.class));
    assertFinding(finding, JsonFindingCodes.INVALID_VALUE, at("/kind", json, "\"community\""));
    assertThat(finding.attributes()).containsEntry("variant", "enum").containsEntry("allowed",
        Arrays.stream(VillageKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
  }

  @Test
  void aDateThatDoesNotExistOrIsNotIsoForm() {
    for (String date : List.of("\"2019-02-29\"", "\"2019-2-1\"", "\" 2019-02-01\"", "\"2019-02-01T00:00\"")) {
      String json = JINZHOU.replace("\"kind\"", "\"established\": " + date + ",\n  \"kind\"");
      Finding finding = only(READER.read(json, Village.class));
      assertFinding(finding, JsonFindingCodes.INVALID_VALUE, at("/established", json, date));
    }
    String array = JINZHOU.replace("\"kind\"", "\"established\": [2019, 2, 1],\n  \"kind\"");
    assertFinding(only(READER.read(array, Village.class)), JsonFindingCodes.WRONG_TYPE,
        at("/established", array, "[2019"));
  }

  @Test
  void aRecordWhoseAttributesContradictEachOtherIsAnInvalidValueOfTheRecord() {
    String json = JINZHOU.replace("\"kind\"", "\"established\": \"2021-01-01\",\n  \"abolished\": \"2015-06-30\",\n"
        + "  \"kind\"");
    Finding finding = only(READER.read(json, Village.class));
    assertFinding(finding, JsonFindingCodes.INVALID_VALUE, atLast("", json, "}"));
    assertThat(finding.attribute("variant")).contains("check");
    assertThat(finding.message(Locale.ENGLISH)).contains("abolished 2015-06-30 is not after established 2021-01-01");

    String wrongLevel = JINZHOU.replace("\"townshipCode\": \"500154001000\"", "\"townshipCode\": \"500154\"");
    Finding level = only(READER.read(wrongLevel, Village.class));
    assertFinding(level, JsonFindingCodes.INVALID_VALUE, atLast("", wrongLevel, "}"));
    assertThat(level.message(Locale.ENGLISH)).contains("stated township code 500154000000 is a county-level code");
  }

  @Test
  void twoMissingRequiredPropertiesAreTwoFindings() {
    String json = lines("{", "  \"type\": \"village\",", "  \"code\": \"500154001001\",",
        "  \"townshipCode\": \"500154001000\"", "}");
    ReadResult<Village> result = READER.read(json, Village.class);
    assertThat(result.value()).isEmpty();
    assertThat(result.findings()).hasSize(2);
    assertFinding(result.findings().get(0), JsonFindingCodes.MISSING_PROPERTY, atLast("/kind", json, "}"));
    assertFinding(result.findings().get(1), JsonFindingCodes.MISSING_PROPERTY, atLast("/name", json, "}"));
    assertThat(result.findings().get(1).message(Locale.ENGLISH))
        .isEqualTo("/name: the required property \"name\" of village is missing");
    assertThat(result.findings().get(1).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("/name：village缺少必填属性“name”");
  }

  @Test
  void aNullRequiredValueAndANullOptionalValue() {
    String json = JINZHOU.replace("\"金州社区\"", "null");
    assertFinding(only(READER.read(json, Village.class)), JsonFindingCodes.NULL_VALUE, at("/name", json, "null"));
    String optional = JINZHOU.replace("\"MAIN_URBAN_AREA\"", "null");
    ReadResult<Village> absent = READER.read(optional, Village.class);
    assertThat(absent.findings()).isEmpty();
    assertThat(absent.value().orElseThrow().urbanRuralClass()).isEmpty();
    assertFinding(only(READER.read("null", Village.class)), JsonFindingCodes.NULL_VALUE,
        Location.root().withPosition(1, 1));
  }

  @Test
  void anUnknownRecordTypeAndAMissingOne() {
    String json = JINZHOU.replace("\"village\"", "\"community\"");
    ReadResult<Object> unknown = READER.readRecord(json);
    assertFinding(only(unknown), JsonFindingCodes.UNKNOWN_TYPE, at("/type", json, "\"community\""));
    assertThat(only(unknown).attribute("known")).contains(RecordTypes.standard().names().toString())
        .hasValueSatisfying(known -> assertThat(known).contains("district", "township", "village"));

    String untyped = JINZHOU.replace("  \"type\": \"village\",\n", "");
    ReadResult<Object> missing = READER.readRecord(untyped);
    assertFinding(only(missing), JsonFindingCodes.MISSING_PROPERTY, atLast("/type", untyped, "}"));
    assertThat(READER.read(untyped, Village.class).findings()).isEmpty();

    ReadResult<Object> village = READER.readRecord(JINZHOU);
    assertThat(village.value()).containsInstanceOf(Village.class);
    assertThat(village.subject().type()).isEqualTo("village");
  }

  @Test
  void aTypeThatNamesAnotherRecordTypeThanTheOneRead() {
    ReadResult<Township> result = READER.read(JINZHOU, Township.class);
    assertFinding(only(result), JsonFindingCodes.UNKNOWN_TYPE, at("/type", JINZHOU, "\"village\""));
    assertThat(only(result).attributes()).containsEntry("variant", "mismatch").containsEntry("expected", "township");
  }

  /** 开州区 with two townships and three village-level units, one per line. */
  private static String kaizhou(String thirdVillageCode) {
    return lines(
        "{",
        "  \"districts\": [{\"code\": \"500154\", \"name\": \"开州区\", \"kind\": \"DISTRICT\"}],",
        "  \"townships\": [",
        "    {\"code\": \"500154001000\", \"name\": \"汉丰街道\", \"kind\": \"STREET\", \"districtCode\": \"500154\"},",
        "    {\"code\": \"500154130000\", \"name\": \"满月镇\", \"kind\": \"TOWN\", \"districtCode\": \"500154\"}",
        "  ],",
        "  \"villages\": [",
        "    {\"code\": \"500154001001\", \"name\": \"金州社区\", \"kind\": \"COMMUNITY\", \"townshipCode\": \"500154001000\"},",
        "    {\"code\": \"500154130001\", \"name\": \"皓月社区\", \"kind\": \"COMMUNITY\", \"townshipCode\": \"500154130000\"},",
        "    {\"code\": " + thirdVillageCode + ", \"name\": \"顶星村\", \"kind\": \"VILLAGE\", \"townshipCode\": \"500154130000\"}",
        "  ]",
        "}");
  }

  @Test
  void aTerritoryReadsAndErrorsInsideItsListsHaveNestedPointers() {
    ReadResult<Territory> clean = READER.read(kaizhou("\"500154130201\""), Territory.class);
    assertThat(clean.findings()).isEmpty();
    Territory territory = clean.value().orElseThrow();
    assertThat(territory.districts()).containsExactly(
        District.of(DivisionCode.parse("500154"), "开州区", DistrictKind.DISTRICT));
    assertThat(territory.villages()).hasSize(3);
    assertThat(territory.townshipOf(DivisionCode.parse("500154130201")).map(Township::name)).contains("满月镇");

    String json = kaizhou("\"500154130A01\"");
    ReadResult<Territory> broken = READER.read(json, Territory.class);
    assertThat(broken.value()).isEmpty();
    assertFinding(only(broken), JsonFindingCodes.INVALID_VALUE, at("/villages/2/code", json, "\"500154130A01\""));
    assertThat(broken.subject().type()).isEqualTo("territory");

    String typeMismatch = json.replace("{\"code\": \"500154130001\"", "{\"type\": \"township\", \"code\": \"500154130001\"");
    assertFinding(only(READER.read(typeMismatch, Territory.class)), JsonFindingCodes.UNKNOWN_TYPE,
        at("/villages/1/type", typeMismatch, "\"township\""));

    String unknown = kaizhou("\"500154130201\"").replace("\"name\": \"顶星村\",", "\"name\": \"顶星村\", \"school\": true,");
    ReadResult<Territory> withUnknown = READER.read(unknown, Territory.class);
    assertThat(withUnknown.value()).isPresent();
    assertFinding(only(withUnknown), JsonFindingCodes.UNKNOWN_PROPERTY, at("/villages/2/school", unknown, "true"));
  }

  @Test
  void aRecordOfTheWrongShape() {
    assertFinding(only(READER.read("[" + JINZHOU + "]", Village.class)), JsonFindingCodes.WRONG_TYPE,
        Location.root().withPosition(1, 1));
    assertFinding(only(READER.readRecord("\"village\"")), JsonFindingCodes.WRONG_TYPE,
        Location.root().withPosition(1, 1));
  }
}

package io.github.jiceng.governance.rules.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.burden.ApplicableLevel;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListCatalogues;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The strict JSON reader of list catalogues. That it reads what {@code GovernanceJson.mapper()} writes, equal to the
 * mapper's own reading, is tested in {@code governance-json} (CatalogueJsonFilesTest); here: every property, and a
 * clear error with the source, line and column for each kind of problem.
 */
class CatalogueJsonTest {
  /** The minimal catalogue; line 1 is "{", the last line "}". */
  private static final String MINIMAL = "{\n"
      + "  \"id\": \"yb\",\n"
      + "  \"version\": \"1\",\n"
      + "  \"jurisdiction\": \"500112\",\n"
      + "  \"title\": \"渝北区清单\",\n"
      + "  \"sourceDocument\": \"测试来源\",\n"
      + "  \"effectiveFrom\": \"2023-02-01\"";

  private static ListCatalogue read(String json) {
    return CatalogueJson.read(json, "test.json");
  }

  private static String with(String more) {
    return MINIMAL + ",\n" + more + "\n}";
  }

  @Test
  void readsEveryProperty() {
    ListCatalogue catalogue = read(with("  \"sourceUrl\": \"https://example.org/a\", \"issuedBy\": \"渝北区人民政府\","
        + " \"effectiveUntil\": \"2024-01-01\", \"previousVersion\": \"0\",\n"
        + "  \"approvalPath\": {\"proposer\": \"500112\", \"approver\": \"500000000000\","
        + " \"description\": \"由区政府报市政府审定后实施\"},\n"
        + "  \"approvedBy\": \"500000\", \"statedCounts\": {\"NEGATIVE\": 7, \"CERTIFICATE\": 7}, \"note\": \"说明\",\n"
        + "  \"items\": [{\"id\": \"yb.n01\", \"kind\": \"NEGATIVE\", \"name\": \"行政执法\"},\n"
        + "    {\"id\": \"yb.c01\", \"kind\": \"CERTIFICATE\", \"name\": \"居住证明\", \"illustrative\": true,"
        + " \"commitmentReplaces\": true, \"level\": \"COMMUNITY\", \"responsibleDepartment\": \"区公安分局\","
        + " \"legalBasis\": \"某规定\", \"description\": \"无本地户籍居民\", \"note\": \"示意\"},\n"
        + "    {\"id\": \"yb.a01\", \"kind\": \"ASSIST_GOVERNMENT\", \"name\": \"协助征兵\", \"funding\": \"FOLLOWS_TASK\","
        + " \"note\": null}],\n"
        + "  \"type\": \"list-catalogue\""));

    ListCatalogue expected = ListCatalogue.builder().id("yb").version("1").jurisdiction(DivisionCode.parse("500112"))
        .title("渝北区清单").sourceDocument("测试来源").effectiveFrom(LocalDate.of(2023, 2, 1))
        .sourceUrl("https://example.org/a").issuedBy("渝北区人民政府").effectiveUntil(LocalDate.of(2024, 1, 1))
        .previousVersion("0")
        .approvalPath(ApprovalPath.builder().proposer(DivisionCode.parse("500112"))
            .approver(DivisionCode.parse("500000")).description("由区政府报市政府审定后实施").build())
        .approvedBy(DivisionCode.parse("500000"))
        .putStatedCounts(ListKind.NEGATIVE, 7).putStatedCounts(ListKind.CERTIFICATE, 7).note("说明")
        .addItems(WorkItem.of("yb.n01", ListKind.NEGATIVE, "行政执法"),
            WorkItem.builder().id("yb.c01").kind(ListKind.CERTIFICATE).name("居住证明").illustrative(true)
                .commitmentReplaces(true).level(ApplicableLevel.COMMUNITY).responsibleDepartment("区公安分局")
                .legalBasis("某规定").description("无本地户籍居民").note("示意").build(),
            WorkItem.builder().id("yb.a01").kind(ListKind.ASSIST_GOVERNMENT).name("协助征兵")
                .funding(ItemFunding.FOLLOWS_TASK).build())
        .build();
    assertThat(catalogue).isEqualTo(expected);
  }

  @Test
  void nullMeansAbsentForOptionalAttributesAndEmptyForCollections() {
    ListCatalogue catalogue = read(with("  \"sourceUrl\": null, \"effectiveUntil\": null, \"approvalPath\": null,"
        + " \"items\": null, \"statedCounts\": null, \"note\": null"));

    assertThat(catalogue).isEqualTo(read(MINIMAL + "\n}"));
    assertThat(catalogue.sourceUrl()).isEmpty();
    assertThat(catalogue.items()).isEmpty();
  }

  @Test
  void problemsFailWithTheSourceLineAndColumn() {
    assertThatThrownBy(() -> read(with("  \"colour\": \"red\"")))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessageStartingWith("test.json line 8, column 3: unknown property \"colour\" of a list catalogue;"
            + " expected one of [type, id, version");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a\", \"kind\": \"NEGATIVE\", \"name\": \"x\","
        + " \"colour\": 1}]")))
        .hasMessageStartingWith("test.json line 8, column 58: unknown property \"colour\" of a work item;");
    assertThatThrownBy(() -> read(MINIMAL.replace("\"2023-02-01\"", "\"1.2.2023\"") + "\n}"))
        .hasMessage("test.json line 7, column 20: property \"effectiveFrom\" is \"1.2.2023\", expected an ISO date"
            + " yyyy-MM-dd");
    assertThatThrownBy(() -> read(MINIMAL.replace("\"2023-02-01\"", "20230201") + "\n}"))
        .hasMessage("test.json line 7, column 20: property \"effectiveFrom\" is the number 20230201, expected a"
            + " string");
    assertThatThrownBy(() -> read(with("  \"statedCounts\": {\"NEGATIVE\": \"seven\"}")))
        .hasMessage("test.json line 8, column 32: stated count of NEGATIVE is the string \"seven\", expected a whole"
            + " number");
    assertThatThrownBy(() -> read(with("  \"statedCounts\": {\"POSITIVE\": 1}")))
        .hasMessageStartingWith("test.json line 8, column 20: property \"statedCounts\" has \"POSITIVE\", expected"
            + " one of [SELF_GOVERNANCE,");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a\", \"kind\": \"NEGATIV\", \"name\": \"x\"}]")))
        .hasMessageStartingWith("test.json line 8, column 33: property \"kind\" has \"NEGATIV\", expected one of");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a\", \"kind\": \"NEGATIVE\", \"name\": \"x\","
        + " \"illustrative\": \"yes\"}]")))
        .hasMessage("test.json line 8, column 74: property \"illustrative\" is the string \"yes\", expected true or"
            + " false");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a\", \"kind\": \"NEGATIVE\", \"name\": \"x\","
        + " \"level\": null}]")))
        .hasMessageContaining("property \"level\" is null, expected a string");
    assertThatThrownBy(() -> read(with("  \"items\": {}")))
        .hasMessage("test.json line 8, column 12: property \"items\" has an object, expected an array of work items");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a b\", \"kind\": \"NEGATIVE\", \"name\": \"x\"}]")))
        .hasMessageStartingWith("test.json line 8, column 13: the work item starting here is invalid: work item id"
            + " 'a b' must be");
    assertThatThrownBy(() -> read(with("  \"items\": [{\"id\": \"a\", \"kind\": \"NEGATIVE\", \"name\": \"x\","
        + " \"commitmentReplaces\": true}]")))
        .hasMessageContaining("only a CERTIFICATE item can be replaced by a written commitment");
    assertThatThrownBy(() -> read(with("  \"effectiveUntil\": \"2023-02-01\"")))
        .hasMessageStartingWith("test.json line 1, column 1: the list catalogue starting here is invalid: catalogue"
            + " yb@1: effective until 2023-02-01 is not after");
    assertThatThrownBy(() -> read(MINIMAL.replace("  \"title\": \"渝北区清单\",\n", "") + "\n}"))
        .hasMessageContaining("some of required attributes are not set [title]");
    // jackson-core's duplicate detection reports the position right after the repeated name
    assertThatThrownBy(() -> read(with("  \"title\": \"again\"")))
        .hasMessageStartingWith("test.json line 8, column 10: not well-formed JSON: Duplicate field 'title'");
    assertThatThrownBy(() -> read(MINIMAL + "\n} {}"))
        .hasMessage("test.json line 8, column 3: content after the catalogue: an object; a file holds one catalogue");
    assertThatThrownBy(() -> read(MINIMAL))
        .hasMessageStartingWith("test.json line 7, column ")
        .hasMessageContaining(": not well-formed JSON: Unexpected end-of-input")
        .hasMessageContaining("(start marker at [line: 1, column: 1])").hasMessageNotContaining("REDACTED");
    assertThatThrownBy(() -> read(with("  \"type\": \"village\"")))
        .hasMessage("test.json line 8, column 11: property \"type\" is \"village\", expected \"list-catalogue\" (or no"
            + " \"type\")");
    assertThatThrownBy(() -> read(MINIMAL.replace("\"500112\"", "\"5001\"") + "\n}"))
        .hasMessageStartingWith("test.json line 4, column 19: property \"jurisdiction\" is \"5001\", expected a"
            + " division code of 6 or 12 digits");
    assertThatThrownBy(() -> read("[]")).hasMessage("test.json line 1, column 1: found an array, expected a JSON object"
        + " (a list-catalogue record)");
    assertThatThrownBy(() -> read("")).hasMessage("test.json line 1, column 1: the file is empty, expected a JSON"
        + " object (a list-catalogue record)");
  }

  @Test
  void theErrorShownInTheDocsIsTheOneABrokenBundledFileGives() throws Exception {
    String yubei;
    try (var in = BundledCatalogues.class.getResourceAsStream("yubei-2023.json")) {
      yubei = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String broken = yubei.replace("\"effectiveFrom\": \"2023-02-01\"", "\"effectiveFrom\": \"2023-2-1\"");

    assertThat(broken).isNotEqualTo(yubei);
    assertThatThrownBy(() -> CatalogueJson.read(broken, "yubei-2023.json"))
        .isInstanceOf(CatalogueFormatException.class)
        .hasMessage("yubei-2023.json line 10, column 20: property \"effectiveFrom\" is \"2023-2-1\", expected an ISO"
            + " date yyyy-MM-dd")
        .satisfies(e -> assertThat(((CatalogueFormatException) e).line()).isEqualTo(10));
    assertThat(CatalogueJson.read(yubei, "yubei-2023.json"))
        .isEqualTo(BundledCatalogues.CHONGQING.catalogues().find("yubei", "2023").orElseThrow());
  }

  @Test
  void aSourceOfFilesReadsThemOnFirstUseAndSerializes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("yb-1.json");
    Files.writeString(file, with("  \"items\": [{\"id\": \"yb.n01\", \"kind\": \"NEGATIVE\", \"name\": \"行政执法\"}]"),
        StandardCharsets.UTF_8);
    CatalogueSource source = CatalogueSource.fromJson(file);

    assertThat(source.catalogues()).isEqualTo(ListCatalogues.of(CatalogueJson.read(file)));
    assertThat(source.catalogues()).isSameAs(source.catalogues());
    assertThat(source).isEqualTo(CatalogueSource.fromJson(file)).hasSameHashCodeAs(CatalogueSource.fromJson(file));
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(source);
    }
    assertThat(source.catalogues().all().get(0).items()).extracting(WorkItem::name).containsExactly("行政执法");
    assertThatThrownBy(CatalogueSource::fromJson).hasMessageContaining("no catalogue file given");
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, with("  \"note\": \"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> CatalogueJson.read(latin1)).isInstanceOf(CatalogueFormatException.class)
        .hasMessageContaining("the text is not UTF-8").hasMessageStartingWith(latin1 + " line ");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"id\": 1}");
    assertThatThrownBy(() -> CatalogueSource.fromJson(broken).catalogues())
        .isInstanceOf(CatalogueFormatException.class).hasMessageContaining("broken.json line 1, column 8");
  }
}

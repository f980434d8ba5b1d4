package io.github.jiceng.governance.rules.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jiceng.governance.core.burden.ApplicableLevel;
import io.github.jiceng.governance.core.burden.ApprovalPath;
import io.github.jiceng.governance.core.burden.ItemFunding;
import io.github.jiceng.governance.core.burden.ListCatalogue;
import io.github.jiceng.governance.core.burden.ListKind;
import io.github.jiceng.governance.core.burden.WorkItem;
import io.github.jiceng.governance.core.id.DivisionCode;
import java.io.BufferedReader;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The strict reader of the bundled catalogues' text form. */
class CatalogueTextTest {
  private static final String HEADER = "format: jiceng-lists 1\n"
      + "catalogue: yb\nversion: 1\njurisdiction: 500112\ntitle: 渝北区清单\nsource: 测试来源\n"
      + "effective-from: 2023-02-01\n";

  private static ListCatalogue read(String text) {
    return CatalogueText.read("test.lists", new BufferedReader(new StringReader(text)));
  }

  @Test
  void readsEveryKeyAndAttribute() {
    ListCatalogue catalogue = read("# a comment\n\n" + HEADER
        + "source-url: https://example.org/a\nissued-by: 渝北区人民政府\neffective-until: 2024-01-01\n"
        + "previous-version: 0\napproval-path: 500112 -> 500000 | 由区政府报市政府审定后实施\napproved-by: 500000\n"
        + "stated-count: NEGATIVE 7\nstated-count: CERTIFICATE 7\nnote: 说明\n"
        + "item: yb.n01 | NEGATIVE | 行政执法\n"
        + "item: yb.c01 | CERTIFICATE | 居住证明 | illustrative; commitment; level=COMMUNITY; department=区公安分局;"
        + " basis=某规定; description=无本地户籍居民; note=示意\n"
        + "item: yb.a01 | ASSIST_GOVERNMENT | 协助征兵 | funding=FOLLOWS_TASK\n");

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
  void malformedTextFailsWithTheSourceAndLine() {
    assertThatThrownBy(() -> read("catalogue: yb\n")).hasMessage("test.lists line 1: the first line must be"
        + " 'format: jiceng-lists 1'");
    assertThatThrownBy(() -> read("format: jiceng-lists 2\n")).hasMessageContaining("line 1: format 'jiceng-lists 2'"
        + " is not supported");
    assertThatThrownBy(() -> read(HEADER + "colour: red\n")).hasMessageStartingWith("test.lists line 8: unknown key"
        + " 'colour'");
    assertThatThrownBy(() -> read(HEADER + "title: again\n")).hasMessage("test.lists line 8: 'title' is given twice");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE | x\nnote: late\n"))
        .hasMessage("test.lists line 9: 'note' after the first item; the catalogue's keys come before its items");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIV | x\n")).hasMessageStartingWith("test.lists line 8:"
        + " list kind 'NEGATIV' is not one of");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE\n")).hasMessageContaining("got 2 fields");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE | x | illustrative=yes\n"))
        .hasMessage("test.lists line 8: 'illustrative' is a flag and takes no value");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE | x | level\n"))
        .hasMessage("test.lists line 8: 'level' needs a value: level=...");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE | x | colour=red\n"))
        .hasMessageStartingWith("test.lists line 8: unknown item attribute 'colour'");
    assertThatThrownBy(() -> read(HEADER + "item: a b | NEGATIVE | x\n"))
        .hasMessageStartingWith("test.lists line 8: work item id 'a b' must be");
    assertThatThrownBy(() -> read(HEADER + "item: a | NEGATIVE | x | commitment\n"))
        .hasMessageContaining("only a CERTIFICATE item can be replaced by a written commitment");
    assertThatThrownBy(() -> read(HEADER + "effective-until: 2023-02-01\n"))
        .hasMessageStartingWith("test.lists: catalogue yb@1: effective until 2023-02-01 is not after");
    assertThatThrownBy(() -> read(HEADER.replace("title: 渝北区清单\n", ""))).hasMessageContaining("[title]");
    assertThatThrownBy(() -> read(HEADER + "jurisdiction2: x\n")).hasMessageContaining("unknown key");
    assertThatThrownBy(() -> read(HEADER.replace("2023-02-01", "1.2.2023")))
        .hasMessage("test.lists line 7: '1.2.2023' is not an ISO date such as 2023-02-01");
    assertThatThrownBy(() -> read(HEADER + "stated-count: NEGATIVE seven\n"))
        .hasMessage("test.lists line 8: stated-count of NEGATIVE is 'seven', expected a whole number");
    assertThatThrownBy(() -> read(HEADER + "approval-path: 500112 500000\n"))
        .hasMessageContaining("must be '<proposer> -> <approver> [| description]'");
    assertThatThrownBy(() -> read("")).hasMessage("test.lists: empty; expected 'format: jiceng-lists 1' and a"
        + " catalogue");
  }
}

package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked example of docs/domain/four-lists.md: refused, its two findings, and the village's 7 new items. */
class CheckAdmissionTest {
  @Test
  void printsTheDecisionTheFindingsAndWhatChangedForTheVillage() throws Exception {
    String output = SnippetOutput.of(CheckAdmission::main);

    assertThat(SnippetOutput.lines(output).get(0)).isEqualTo("YB-2025-014：不予准入。理由：属于yubei@2023+chongqing@2024"
        + "负面事项清单第cq.n02项“城市管理”，不得交由村（社区）承担（依据：重庆市《村（社区）工作准入事项管理办法》（2024年，"
        + "据wxredian.com“减负赋能”报道，单一来源））。");
    assertThat(SnippetOutput.lines(output).get(1)).startsWith("YB-2025-014: refused. Reasons: falls under"
        + " negative-list item cq.n02 \"城市管理\"");
    assertThat(SnippetOutput.findings(output)).containsExactly("burden.admission.late-application WARNING /periodStart",
        "burden.admission.negative-list ERROR /task");
    assertThat(output).contains("仅提前21个工作日，少于30个工作日；最迟应于2025年2月18日申请")
        .contains("CatalogueDiff[yubei@2023+chongqing@2019 -> yubei@2023+chongqing@2024: +7 -0 ~0]");
    assertThat(SnippetOutput.lines(output).stream().filter(line -> line.startsWith("  + WorkItem[cq.n0")))
        .hasSize(7);
  }
}

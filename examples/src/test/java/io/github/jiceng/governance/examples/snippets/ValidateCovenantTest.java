package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The worked adoption record of docs/domain/covenants.md gets only the fine warning on clause 6. */
class ValidateCovenantTest {
  @Test
  void theFineInClauseSixIsTheOnlyFinding() throws Exception {
    String output = SnippetOutput.of(ValidateCovenant::main);

    assertThat(SnippetOutput.findings(output)).containsExactly("covenant.content.fine WARNING /clauses/5/text");
    assertThat(output).contains("第6条含有“罚款”：涉及罚款或处罚，处罚权属于法定机关，需人工审核其合法性（村民委员会组织法第二十七条；"
        + "重庆市实施办法第九条）").contains("Clause 6 contains \"罚款\"").contains("DX-2024");
  }
}

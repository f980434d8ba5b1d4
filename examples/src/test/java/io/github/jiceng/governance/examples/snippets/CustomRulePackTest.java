package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The local rule reports the missing amount; the overlay raises the late application from WARNING to ERROR. */
class CustomRulePackTest {
  @Test
  void theLocalRuleAndTheRaisedSeverityShow() throws Exception {
    String output = SnippetOutput.of(CustomRulePack::main);

    assertThat(SnippetOutput.findings(output)).containsExactlyInAnyOrder(
        "local.admission.amount-missing WARNING /fundingAmount", "burden.admission.late-application ERROR /periodStart");
    assertThat(output).contains("事项“协助开展农村人居环境整治”写明费随事转，但申请未写明经费数额")
        .contains("Funds are to follow the task \"协助开展农村人居环境整治\", but the request states no amount");
  }
}

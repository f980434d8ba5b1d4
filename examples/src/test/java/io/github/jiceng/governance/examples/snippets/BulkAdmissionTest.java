package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three requests: a negative-list task, an assistance item and an unlisted task; one line each and a summary. */
class BulkAdmissionTest {
  @Test
  void printsOneDecisionLinePerRequestAndTheSummary() throws Exception {
    List<String> lines = SnippetOutput.lines(SnippetOutput.of(BulkAdmission::main));
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> json = new ArrayList<>();
    for (String line : lines.subList(0, 4)) {
      json.add(mapper.readTree(line));
    }

    assertThat(json).extracting(node -> node.get("kind").asText())
        .containsExactly("decision", "decision", "decision", "summary");
    assertThat(json.subList(0, 3)).extracting(node -> node.get("requestId").asText() + " "
        + node.get("outcome").asText()).containsExactly("YB-1 REFUSED", "YB-2 ADMITTED_ON_LIST", "YB-3 REFUSED");
    assertThat(json.get(0).get("explanation").get("zh-CN").asText()).contains("负面事项清单第cq.n02项“城市管理”");
    assertThat(json.get(2).get("findings").get(0).get("code").asText()).isEqualTo("burden.admission.not-listed");
    assertThat(json.get(3).get("refused").asInt()).isEqualTo(2);
    assertThat(json.get(3).get("admittedOnList").asInt()).isEqualTo(1);
    assertThat(lines.get(4)).isEqualTo("AdmissionBatchSummary[3 read: 3 requests (1 admitted on list, 0 by purchase of"
        + " services, 0 referred, 2 refused), 0 other, 0 unreadable]");
  }
}

package io.github.jiceng.governance.examples.snippets;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jiceng.governance.rules.Finding;
import io.github.jiceng.governance.rules.pack.StandardPacks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One shared service, many threads: the same findings as one thread. */
class EmbeddedValidatorTest {
  private static final String NEGATIVE = "{\"type\": \"admission-request\", \"id\": \"A\", \"date\": \"2025-03-03\","
      + " \"requestingDepartment\": \"渝北区城市管理局\", \"departmentJurisdiction\": \"500112\", \"task\": \"城市管理\","
      + " \"targets\": [\"500112101201\"], \"periodStart\": \"2025-06-02\", \"funding\": \"FUNDS_FOLLOW_TASK\"}";

  @Test
  void theMainPrintsTheFindingsOfEachRecordInOrder() throws Exception {
    List<String> findings = SnippetOutput.findings(SnippetOutput.of(EmbeddedValidator::main));

    List<String> request = List.of("burden.admission.late-application WARNING /periodStart",
        "burden.admission.negative-list ERROR /task");
    List<String> broken = List.of("json.invalid-value ERROR /date");
    List<String> expected = new ArrayList<>();
    for (List<String> record : List.of(request, broken, request, broken)) {
      expected.addAll(record);
    }
    assertThat(findings).isEqualTo(expected);
  }

  @Test
  void oneInstanceGivesTheSameFindingsOnManyThreads() throws Exception {
    EmbeddedValidator service = new EmbeddedValidator(StandardPacks.chongqing());
    List<String> alone = codes(service.check(NEGATIVE));
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Finding>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(threads.submit(() -> service.check(NEGATIVE)));
      }
      for (Future<List<Finding>> result : results) {
        assertThat(codes(result.get())).isEqualTo(alone);
      }
    } finally {
      threads.shutdown();
    }
    assertThat(alone).containsExactly("burden.admission.negative-list");
    assertThat(codes(service.check("{\"type\": \"village\""))).containsExactly("json.syntax");
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(f -> f.code().value()).collect(Collectors.toList());
  }
}
